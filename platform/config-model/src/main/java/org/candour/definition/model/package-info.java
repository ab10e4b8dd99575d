/**
 * The compiled configuration: typed, immutable records for every kind of document, built
 * once per published version by {@link org.candour.definition.model.Compiler} from
 * canonical documents that passed validation. The engines and the pages read
 * configuration only through it.
 */
@org.springframework.modulith.NamedInterface("model")
package org.candour.definition.model;
