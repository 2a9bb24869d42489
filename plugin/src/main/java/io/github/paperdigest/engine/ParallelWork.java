package io.github.paperdigest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a task for every item on all cores and returns only when every task has ended, so that a failure
 * never leaves a task writing while the build cleans up. After the first failure the remaining items are
 * skipped and that failure is rethrown.
 */
final class ParallelWork {

    private final int threads;

    ParallelWork(int threads) {
        this.threads = Math.max(1, threads);
    }

    <T> void forEach(List<T> items, Consumer<T> task) {
        if (threads == 1 || items.size() < 64) {
            items.forEach(task);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paper-digest-publish");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(16, items.size() / (threads * 8));
            for (int start = 0; start < items.size(); start += chunk) {
                List<T> slice = items.subList(start, Math.min(items.size(), start + chunk));
                futures.add(pool.submit(() -> {
                    for (T item : slice) {
                        if (failed.get()) {
                            return;
                        }
                        try {
                            task.accept(item);
                        } catch (RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                }));
            }
            RuntimeException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException re ? re
                                : new IllegalStateException(e.getCause().toString(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    first = new IllegalStateException("build interrupted", e);
                    break;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
