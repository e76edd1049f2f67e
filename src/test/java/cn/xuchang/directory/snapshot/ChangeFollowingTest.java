package cn.xuchang.directory.snapshot;

import cn.xuchang.directory.editing.ChangeLog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

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
            changeElsewhere("update hotline set label = :value where id = :id", "hotline", "startup-loan-yanling",
                    "changed elsewhere");
            long started = System.nanoTime();
            awaitServed("changed elsewhere", ChangeFollowingTest::label);
            assertThat((System.nanoTime() - started) / 1e9).isLessThanOrEqualTo(2.0);
        } finally {
            changeElsewhere("update hotline set label = :value where id = :id", "hotline", "startup-loan-yanling",
                    before);
        }
    }

    @Test
    void aServiceRenamedElsewhereIsRenamedInEveryAnswerThatNamesIt() throws InterruptedException {
        String rename = "update public_service set name = :value where id = :id";
        try {
            changeElsewhere(rename, "service", "startup-guarantee-loan", "创业担保贷款（改名）");
            awaitServed("创业担保贷款（改名）", ChangeFollowingTest::serviceNameInHotline);
        } finally {
            changeElsewhere(rename, "service", "startup-guarantee-loan", "创业担保贷款");
        }
        awaitServed("创业担保贷款", ChangeFollowingTest::serviceNameInHotline);
    }

    /** What another instance does: changes a record in the database and logs the change, in one transaction. */
    private void changeElsewhere(String update, String kind, String id, String value) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(update).setParameter("value", value).setParameter("id", id).executeUpdate();
            changes.changed(kind, id);
        });
    }

    /** Waits up to five seconds for the answer to show the value, then checks that it does. */
    private static void awaitServed(String value, Supplier<String> answer) throws InterruptedException {
        long started = System.nanoTime();
        while (!value.equals(answer.get()) && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(answer.get()).isEqualTo(value);
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
