package cn.xuchang.directory.snapshot;

import cn.xuchang.directory.editing.ChangeLog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A change committed by another instance — here written straight into the database with the change
 * change logged, as that instance would — reaches this instance's answers within the poll interval.
 */
@QuarkusTest
class ChangeFollowingTest {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Test
    void aChangeMadeElsewhereIsServedWithinTwoSeconds() throws InterruptedException {
        String before = label();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update hotline set label = 'changed elsewhere' where id = 'startup-loan-yanling'")
                        .executeUpdate();
                changes.changed("hotline", "startup-loan-yanling");
            });
            long started = System.nanoTime();
            while (!"changed elsewhere".equals(label()) && System.nanoTime() - started < 5_000_000_000L) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(label()).isEqualTo("changed elsewhere");
            assertThat(seconds).isLessThanOrEqualTo(2.0);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update hotline set label = :label where id = 'startup-loan-yanling'")
                        .setParameter("label", before).executeUpdate();
                changes.changed("hotline", "startup-loan-yanling");
            });
        }
    }

    @Test
    void aServiceRenamedElsewhereIsRenamedInEveryAnswerThatNamesIt() throws InterruptedException {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update public_service set name = '创业担保贷款（改名）' where id = 'startup-guarantee-loan'")
                        .executeUpdate();
                changes.changed("service", "startup-guarantee-loan");
            });
            long started = System.nanoTime();
            while (!"创业担保贷款（改名）".equals(serviceNameInHotline()) && System.nanoTime() - started < 5_000_000_000L) {
                Thread.sleep(50);
            }
            assertThat(serviceNameInHotline()).isEqualTo("创业担保贷款（改名）");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update public_service set name = '创业担保贷款' where id = 'startup-guarantee-loan'")
                        .executeUpdate();
                changes.changed("service", "startup-guarantee-loan");
            });
        }
        long started = System.nanoTime();
        while (!"创业担保贷款".equals(serviceNameInHotline()) && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(serviceNameInHotline()).isEqualTo("创业担保贷款");
    }

    private static String serviceNameInHotline() {
        return given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411024").when()
                .get("/api/v1/resolve").then().statusCode(200).extract().path("hotlines[0].hotline.services[0].name");
    }

    private static String label() {
        return given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411024").when()
                .get("/api/v1/resolve").then().statusCode(200).extract().path("hotlines[0].hotline.label");
    }
}
