package org.leafdrop.io;

import java.io.IOException;

/** A consumer that may fail with an {@link IOException}, e.g. the body of an atomic write. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
