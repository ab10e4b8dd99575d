/**
 * MongoDB connectivity: starts the embedded MongoDB-compatible server (mongo-java-server
 * with the H2 file backend) when no MongoDB URI is configured, points the real driver at
 * it, and answers health checks with {@code ping}. Uses no other Candour module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MongoDB connectivity", allowedDependencies = {})
package org.candour.mongo;
