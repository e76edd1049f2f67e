package cn.xuchang.directory.web;

import java.util.List;

import cn.xuchang.directory.common.OwnDatabaseProfile;

/** 编辑台测试 (console tests): a database of their own, and Keycloak for sign-in (started once per test run). */
public class ConsoleProfile extends OwnDatabaseProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Keycloak.class));
    }
}
