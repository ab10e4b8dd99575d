package org.candour.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The database every repository and template sees: platform collections come from the
 * main database; tenant-owned collections come from the current tenant's database (the
 * main one when pooled, its own when siloed), wrapped in a
 * {@link TenantScopedCollection}.
 */
final class TenantScopedDatabase {

	private static final Set<String> REFUSED = Set.of("aggregate", "watch", "drop");

	private TenantScopedDatabase() {
	}

	static MongoDatabase wrap(MongoDatabase main, MongoClient client, SiloNaming silos) {
		return (MongoDatabase) Proxy.newProxyInstance(TenantScopedDatabase.class.getClassLoader(),
				new Class<?>[] { MongoDatabase.class }, (proxy, method, args) -> {
					String name = method.getName();
					if ("getCollection".equals(name)) {
						return collection(main, client, silos, args);
					}
					if (REFUSED.contains(name)) {
						throw new TenantViolationException(
								"Database-wide " + name + " would cross tenants; use a collection");
					}
					Object result;
					try {
						result = method.invoke(main, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					return result instanceof MongoDatabase database ? wrap(database, client, silos) : result;
				});
	}

	private static MongoCollection<?> collection(MongoDatabase main, MongoClient client, SiloNaming silos,
			Object[] args) {
		String collection = (String) args[0];
		Class<?> type = args.length > 1 ? (Class<?>) args[1] : org.bson.Document.class;
		if (PlatformCollections.isPlatform(collection)) {
			return main.getCollection(collection, type);
		}
		CurrentTenant tenant = TenantContext.current().orElse(null);
		MongoDatabase database = tenant != null && tenant.isolation() == Isolation.SILOED
				? client.getDatabase(silos.databaseOf(tenant.id())).withCodecRegistry(main.getCodecRegistry()) : main;
		return TenantScopedCollection.wrap(database.getCollection(collection, type), tenant);
	}

}
