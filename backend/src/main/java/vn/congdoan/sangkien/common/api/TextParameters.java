package vn.congdoan.sangkien.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.TextInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Path and query parameters obey the same text rules as JSON fields (TextInput), checked once for every operation. */
public class TextParameters {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), problems);
        collect(request.getUriInfo().getQueryParameters(), problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldProblem> problems) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String broken = TextInput.brokenRule(value);
                if (broken != null) {
                    problems.add(FieldProblem.of(parameter.getKey(), broken));
                    break;
                }
            }
        }
    }
}
