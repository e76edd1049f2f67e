package cn.xuchang.directory.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * 严格的请求体 (strict request bodies): a body is exactly one JSON value — nothing after it, no key twice (which
 * of the two would count is a guess a client should not have to make) — and its texts hold no control characters
 * ({@link StoredText}). Each refusal is a 400 naming the field ({@link ApiException#fromJson}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("stored-text").addDeserializer(String.class, new StoredText.Deserializer()));
    }
}
