package cn.xuchang.directory.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.xuchang.directory.client.ApiClient;
import cn.xuchang.directory.client.ApiException;
import cn.xuchang.directory.client.JSON;
import cn.xuchang.directory.client.api.ContactsApi;
import cn.xuchang.directory.client.api.ExportApi;
import cn.xuchang.directory.client.api.HotlinesApi;
import cn.xuchang.directory.client.api.LookupApi;
import cn.xuchang.directory.client.api.NumbersApi;
import cn.xuchang.directory.client.api.ResolveApi;
import cn.xuchang.directory.client.api.ResolveApi.APIResolveRequest;
import cn.xuchang.directory.client.model.Lookup;
import cn.xuchang.directory.client.model.NumberLookup;
import cn.xuchang.directory.client.model.Problem;
import cn.xuchang.directory.client.model.Resolution;

/**
 * 生成的客户端 (generated client): the Java client a partner generates from openapi/ (openapi-generator 7.25.0,
 * library native, spec validation on; built by pom.xml into target/generated-test-sources) calling the packaged
 * service — typed answers for lookup, resolve and numbers, a 404 as a typed problem, an export and the CSV as files.
 */
class GeneratedClientIT {

    private static ServiceProcess service;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("generated-client");
        service = ServiceProcess.start(ServiceProcess.H2_JAR, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("db/directory").toAbsolutePath(),
                "-Ddirectory.data-dir=" + Path.of("data").toAbsolutePath()));
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + service.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void resolveTakesNamedArgumentsAndAnswersTheTownshipsDesk() throws ApiException {
        Resolution resolution = new ResolveApi(client).resolve(APIResolveRequest.newBuilder()
                .service("startup-guarantee-loan").region("411081204").build());

        assertThat(resolution.getHotlines()).isNotEmpty();
        assertThat(resolution.getHotlines().get(0).getHotline().getNumber()).isEqualTo("0374-8297716");
        assertThat(resolution.getAnsweredBy().getCode()).isEqualTo("411081");
        assertThat(resolution.getFallback()).isTrue();
    }

    @Test
    void lookupAnswersInTheGeneratedModel() throws ApiException {
        Lookup lookup = new LookupApi(client).lookup("禹州 创业贷款", null, null);

        assertThat(lookup.getAnswers()).isNotEmpty();
        assertThat(lookup.getAnswers().get(0).getNumber()).isEqualTo("0374-8297716");
    }

    @Test
    void numbersTellsAnOfficialNumber() throws ApiException {
        NumberLookup number = new NumbersApi(client).lookupNumber("0374-8297716");

        assertThat(number.getListed()).isTrue();
        assertThat(number.getE164()).isEqualTo("+863748297716");
    }

    @Test
    void anUnknownRecordIsATypedProblem() throws Exception {
        ApiException thrown = catchThrowableOfType(ApiException.class,
                () -> new HotlinesApi(client).getHotline("no-such-hotline"));

        assertThat(thrown.getCode()).isEqualTo(404);
        Problem problem = JSON.getDefault().getMapper().readValue(thrown.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo("/problems/not-found");
        assertThat(problem.getDetail()).contains("no-such-hotline");
    }

    @Test
    void exportsArriveAsFilesNotParsedAsJson() throws Exception {
        String hotlines = Files.readString(new ExportApi(client).exportFile("hotlines.yaml").toPath());
        assertThat(hotlines).contains("id: startup-loan-yuzhou").contains("0374-8297716");

        String csv = Files.readString(new ContactsApi(client).hotlinesCsv().toPath());
        assertThat(csv).startsWith("\uFEFF").contains("0374-8297716");
    }
}
