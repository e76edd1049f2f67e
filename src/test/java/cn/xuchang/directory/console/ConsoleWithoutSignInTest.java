package cn.xuchang.directory.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 未配置登录的编辑台 (console with no identity provider), as the service runs by default: the page is served with
 * its strict policy and says that sign-in is not configured; a change that carries a console session cookie but no
 * CSRF token is refused before anything else looks at it.
 */
@QuarkusTest
class ConsoleWithoutSignInTest {

    @Test
    void theSessionSaysSignInIsNotConfigured() {
        given().get("/console/session").then().statusCode(200)
                .body("signInConfigured", equalTo(false)).body("editor", nullValue());
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsOnlyItsOwnFiles() {
        given().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")))
                .body(containsString("<script src=\"console.js\" defer></script>"));
    }

    @Test
    void aCookieChangeWithoutCsrfTokenIs403AndChangesNothing() {
        String etag = given().get("/api/v1/hotlines/startup-loan-changge").then().extract().header("ETag");
        given().cookie(ConsoleTenants.SESSION_COOKIE, "replayed-or-forged").contentType(Tokens.MERGE_PATCH)
                .header("If-Match", etag).body("{\"number\":\"0374-1234567\"}")
                .patch("/api/v1/hotlines/startup-loan-changge").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/csrf"));
        given().get("/api/v1/hotlines/startup-loan-changge").then().header("ETag", etag)
                .body("number", equalTo("0374-6165116"));
    }

    @Test
    void aBearerTokenChangeNeedsNoCsrfTokenEvenWithACookie() {
        // Past the CSRF guard: the stale version is what refuses it, so nothing changes.
        given().auth().oauth2(Tokens.editor("hrss", "xuchang-hrss")).cookie(ConsoleTenants.SESSION_COOKIE, "x")
                .contentType(Tokens.MERGE_PATCH).header("If-Match", "\"999999\"").body("{\"number\":\"0374-1234567\"}")
                .patch("/api/v1/hotlines/startup-loan-changge").then().statusCode(412);
    }
}
