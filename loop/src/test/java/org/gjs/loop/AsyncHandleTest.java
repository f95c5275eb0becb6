package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(10)
class AsyncHandleTest {

    @Test
    void aSendFromAnotherThreadWakesTheLoop() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            AtomicReference<AsyncHandle> handle = new AtomicReference<>();
            handle.set(loop.newAsync(() -> {
                ranOn.set(Thread.currentThread());
                handle.get().close();
            }));
            Thread sender = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                handle.get().send();
            });
            long start = System.nanoTime();
            loop.run(); // blocks in poll with an infinite timeout until the send
            sender.join();
            assertSame(Thread.currentThread(), ranOn.get());
            assertTrue(System.nanoTime() - start >= 50_000_000L);
        }
    }

    @Test
    void sendsBeforeTheCallbackAreCoalesced() {
        try (EventLoop loop = new EventLoop()) {
            AtomicInteger calls = new AtomicInteger();
            AtomicReference<AsyncHandle> handle = new AtomicReference<>();
            handle.set(loop.newAsync(() -> {
                calls.incrementAndGet();
                handle.get().close();
            }));
            for (int i = 0; i < 1000; i++) {
                handle.get().send();
            }
            loop.run();
            assertEquals(1, calls.get());
        }
    }

    @Test
    void manySendersEachGetAtLeastOneCallbackAfterTheirSend() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            int senders = 8;
            int perSender = 1000;
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger seenAtLastCall = new AtomicInteger();
            AtomicReference<AsyncHandle> handle = new AtomicReference<>();
            handle.set(loop.newAsync(() -> {
                seenAtLastCall.set(sent.get());
                if (sent.get() == senders * perSender) {
                    handle.get().close();
                }
            }));
            Thread[] threads = new Thread[senders];
            for (int t = 0; t < senders; t++) {
                threads[t] = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perSender; i++) {
                        sent.incrementAndGet();
                        handle.get().send();
                    }
                });
            }
            loop.run(); // only returns if the last send was followed by a callback
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(senders * perSender, seenAtLastCall.get());
        }
    }

    @Test
    void anUnrefdAsyncDoesNotKeepTheLoopAlive() {
        try (EventLoop loop = new EventLoop()) {
            AsyncHandle h = loop.newAsync(() -> { });
            h.unref();
            long start = System.nanoTime();
            loop.run();
            assertTrue(System.nanoTime() - start < 2_000_000_000L);
            h.close();
            loop.run();
        }
    }
}
