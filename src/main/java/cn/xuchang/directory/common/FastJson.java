package cn.xuchang.directory.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * 更快的序列化 (faster JSON writing): Jackson reads the answers' fields through lambdas it generates once (Blackbird)
 * rather than by reflection on every answer; what it writes is the same.
 */
@Singleton
public class FastJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
