package cn.xuchang.directory.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.spreadsheet.ChineseMessages;
import io.vertx.ext.web.RoutingContext;

/**
 * 中文字段提示 (Chinese field errors): a change the console sends with its session cookie gets the write API's field
 * errors in Chinese, in the words a sheet's uploader reads; clients with a bearer token keep the API's English.
 */
class ChineseFieldErrors {

    @Inject
    RoutingContext http;

    @ServerResponseFilter
    void translate(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.errors() != null && !problem.errors().isEmpty()
                && http.request().getHeader("Authorization") == null && ConsoleTenants.hasSession(http)) {
            response.setEntity(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                    problem.instance(), problem.errors().stream().map(error -> new Problem.FieldError(error.field(),
                            ChineseMessages.of(error.field(), error.message()).message())).toList()));
        }
    }
}
