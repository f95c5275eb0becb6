package org.gjs.loop;

/**
 * Work that another thread hands to the loop thread through the {@link CompletionInbox}:
 * a finished worker job, an async-handle wake-up, a delivered signal. {@link #complete()}
 * runs on the loop thread, in the poll phase, like libuv's async callbacks.
 */
interface LoopCompletion {
    void complete();
}
