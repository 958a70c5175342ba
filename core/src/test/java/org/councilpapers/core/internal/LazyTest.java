package org.councilpapers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void buildsOnFirstUseOnlyAndOnceForManyThreads() throws Exception {
        AtomicInteger built = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Lazy<Object> lazy = new Lazy<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        assertEquals(0, built.get(), "nothing is built before the first get");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Object first = got.get(0).get();
            for (Future<Object> f : got) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, built.get());
    }

    @Test
    void aFailedBuildKeepsNothingAndTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("models did not load");
            }
            return "loaded";
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, lazy::get);
        assertEquals("models did not load", e.getMessage(), "the builder's own exception, unwrapped");
        assertEquals("loaded", lazy.get());
        assertEquals("loaded", lazy.get());
        assertEquals(2, calls.get());
    }
}
