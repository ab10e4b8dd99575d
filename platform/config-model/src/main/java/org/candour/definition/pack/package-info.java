/**
 * Configuration packs: a folder with a {@code manifest.json} and one JSON file per
 * configuration document, optionally extending a base pack (documents with the same kind
 * and id replace the base's; {@code *.patch.json} files merge-patch them). Loading,
 * inheritance and validation with problems named by file and pointer. No runtime, no
 * database.
 */
@org.springframework.modulith.NamedInterface("pack")
package org.candour.definition.pack;
