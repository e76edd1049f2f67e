package cn.xuchang.directory.hsds;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;

/**
 * HSDS 标识 (HSDS ids): HSDS wants UUIDs; ours are slugs. Each HSDS object gets a UUIDv5 (RFC 9562, name
 * based, SHA-1) of its kind and our id, under a namespace of this directory's own, so that it is the same on
 * every instance and every run, and changes only when our id does.
 */
final class HsdsIds {

    /** UUIDv5 of "urn:xuchang-directory:hsds" in the URL namespace: fixed forever, partners store these ids. */
    static final UUID NAMESPACE = Generators.nameBasedGenerator(NameBasedGenerator.NAMESPACE_URL)
            .generate("urn:xuchang-directory:hsds");

    private static final NameBasedGenerator GENERATOR = Generators.nameBasedGenerator(NAMESPACE);

    private HsdsIds() {
    }

    /** The id of an HSDS object made from the parts that identify it here, e.g. ("organization", "xuchang-hrss"). */
    static String of(String kind, String... parts) {
        return GENERATOR.generate(kind + ":" + String.join(":", parts)).toString();
    }
}
