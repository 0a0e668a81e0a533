package id.desatumis.assistance.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs requests from as many threads at once, released together, and gives their answers in order. */
final class Concurrently {

    private Concurrently() {
    }

    static <T> List<T> run(int clients, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(client);
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> a : answers) out.add(a.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
