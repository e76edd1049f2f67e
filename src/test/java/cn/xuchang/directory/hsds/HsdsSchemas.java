package cn.xuchang.directory.hsds;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * HSDS 结构校验 (HSDS schema check): Open Referral's own JSON schemas for HSDS 3.0 (copied from the
 * specification into src/test/resources/hsds, see SOURCE.txt there), with format assertions on, so that a slug
 * where a UUID belongs fails as it would for a partner's validator.
 */
final class HsdsSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final Schema ORGANIZATION = schema("organization.json");
    static final Schema ORGANIZATION_LIST = schema("compiled/organization_list.json");
    static final Schema SERVICE = schema("service.json");
    static final Schema SERVICE_LIST = schema("compiled/service_list.json");
    /** HSDS has no compiled list schema for locations: list items are checked against the object's. */
    static final Schema LOCATION = schema("location.json");
    static final Schema SERVICE_AT_LOCATION = schema("service_at_location.json");
    static final Schema SERVICE_AT_LOCATION_LIST = schema("compiled/service_at_location_list.json");

    private HsdsSchemas() {
    }

    private static Schema schema(String file) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:hsds/" + file));
        schema.initializeValidators();
        return schema;
    }

    /** What is wrong with the JSON by the schema, as messages; empty when it is valid. */
    static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
