package vn.congdoan.sangkien.common.api;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestForm;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted (a bare 400 for a form field); a client deserves a
 * 400 naming the parameter and what it accepts. Covers the enums, dates and booleans our query parameters and form
 * fields use. Booleans are strict: Boolean.valueOf would read any typo as false.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new DateConverter(name);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanConverter(name);
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof RestForm form && !form.value().isEmpty()) {
                return form.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
        }
        return null;
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                throw ApiException.invalid(FieldProblem.of(name, "OneOf", allowed));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private record DateConverter(String name) implements ParamConverter<LocalDate> {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid(FieldProblem.of(name, "IsoDate"));
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }

    private record BooleanConverter(String name) implements ParamConverter<Boolean> {
        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ApiException.invalid(FieldProblem.of(name, "OneOf", "true, false"));
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }
}
