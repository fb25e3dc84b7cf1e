package vn.congdoan.sangkien.common.error;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** Turns a Bean Validation path such as "create.request.authors[1].fullName" into the client's "authors[1].fullName". */
final class FieldPaths {

    private FieldPaths() {
    }

    static String of(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean lastNode = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && !lastNode)) {
                continue; // method and request-body parameter names mean nothing to the client
            }
            // Bean Validation puts an element's index on the node that follows the container.
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue; // "<list element>" and the like
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
