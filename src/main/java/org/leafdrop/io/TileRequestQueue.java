package org.leafdrop.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafdrop.render.TileId;

/**
 * Background loading of requested tiles by a fixed number of worker threads (so never more loads
 * at once than workers). Requests wait in a bounded queue, oldest first; when it is full the
 * oldest waiting request is dropped (the map asks again for what it still shows). A request for a
 * tile already waiting or loading adds its callback instead of loading twice. Thread-safe.
 */
final class TileRequestQueue {
    /** Loads one tile into the owner's memory cache; true when it is there afterwards. */
    interface Loader {
        boolean load(TileId id) throws InterruptedException;
    }

    private final Loader loader;
    private final int maxPending;
    private final LinkedHashMap<TileId, List<Runnable>> pending = new LinkedHashMap<>();
    private final Map<TileId, List<Runnable>> loading = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    TileRequestQueue(String threadName, int workerCount, int maxPending, Loader loader) {
        if (workerCount < 1 || maxPending < 1) {
            throw new IllegalArgumentException("a tile queue needs at least one worker and one place, got "
                    + workerCount + " and " + maxPending);
        }
        this.loader = loader;
        this.maxPending = maxPending;
        for (int i = 0; i < workerCount; i++) {
            Thread t = new Thread(this::work, threadName + "-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
        }
        workers.forEach(Thread::start);
    }

    /** Queues a load; {@code whenLoaded} runs on a worker thread once the tile is loaded. */
    synchronized void submit(TileId id, Runnable whenLoaded) {
        if (closed) {
            return;
        }
        List<Runnable> callbacks = loading.get(id);
        if (callbacks == null) {
            callbacks = pending.get(id);
        }
        if (callbacks != null) {
            callbacks.add(whenLoaded);
            return;
        }
        if (pending.size() >= maxPending) {
            Iterator<TileId> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        List<Runnable> list = new ArrayList<>();
        list.add(whenLoaded);
        pending.put(id, list);
        notifyAll();
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** Drops waiting requests and stops the workers (a load under way is interrupted). */
    void close() {
        synchronized (this) {
            closed = true;
            pending.clear();
            notifyAll();
        }
        workers.forEach(Thread::interrupt);
    }

    private void work() {
        while (true) {
            TileId id;
            synchronized (this) {
                while (!closed && pending.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                Iterator<Map.Entry<TileId, List<Runnable>>> it = pending.entrySet().iterator();
                Map.Entry<TileId, List<Runnable>> next = it.next();
                it.remove();
                id = next.getKey();
                loading.put(id, next.getValue());
            }
            boolean loaded;
            try {
                loaded = loader.load(id);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                loaded = false;
                report(e);
            }
            List<Runnable> callbacks;
            synchronized (this) {
                callbacks = loading.remove(id);
            }
            if (loaded) {
                for (Runnable r : callbacks) {
                    try {
                        r.run();
                    } catch (RuntimeException e) {
                        report(e);
                    }
                }
            }
        }
    }

    /** A bug in a loader or callback must not stop the worker; the thread's handler reports it. */
    private static void report(RuntimeException e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
}
