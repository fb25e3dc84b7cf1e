package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.argument.QualifiedArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.qualifier.QualifiedType;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Jdbi's choice of how to bind each parameter type, kept across handles. Jdbi caches that choice in the handle's copy
 * of its configuration, and a request opens a fresh handle: each statement walked every argument factory again to
 * bind one {@code long} (a tenth of the dossier read's Java time). Registered first, this asks the other factories,
 * in Jdbi's order, once per type. The configuration is set once at start-up (JdbiSetup), so one answer holds for all.
 */
final class SharedArgumentFactories implements QualifiedArgumentFactory.Preparable {

    private final Map<QualifiedType<?>, Optional<Function<Object, Argument>>> prepared = new ConcurrentHashMap<>();

    @Override
    public Optional<Function<Object, Argument>> prepare(QualifiedType<?> type, ConfigRegistry config) {
        Optional<Function<Object, Argument>> known = prepared.get(type);
        if (known == null) {
            known = askOthers(type, config);
            prepared.put(type, known);
        }
        return known;
    }

    @Override
    public Optional<Argument> build(QualifiedType<?> type, Object value, ConfigRegistry config) {
        return prepare(type, config).map(factory -> factory.apply(value));
    }

    private Optional<Function<Object, Argument>> askOthers(QualifiedType<?> type, ConfigRegistry config) {
        for (QualifiedArgumentFactory factory : config.get(Arguments.class).getFactories()) {
            if (factory != this && factory instanceof QualifiedArgumentFactory.Preparable preparable) {
                Optional<Function<Object, Argument>> answer = preparable.prepare(type, config);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }
}
