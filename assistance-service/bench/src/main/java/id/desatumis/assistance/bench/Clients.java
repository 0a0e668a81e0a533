package id.desatumis.assistance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The bench's clients, one per desa, each on its own thread, all at once. */
final class Clients {

    /** What each client does in a round, given its index. */
    interface Task<T> {
        T run(InterventionClient client, int index) throws Exception;
    }

    private final List<InterventionClient> clients;

    Clients(List<InterventionClient> clients) {
        this.clients = List.copyOf(clients);
    }

    int size() {
        return clients.size();
    }

    /** Runs the task on every client at once; their answers, in client order, once all are done. */
    <T> List<T> each(Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                InterventionClient client = clients.get(c);
                int index = c;
                running.add(pool.submit(() -> task.run(client, index)));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> f : running) answers.add(f.get());
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
