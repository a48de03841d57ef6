package com.example.http;

import java.net.HttpURLConnection;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** Decides whether a failed call to a partner API is tried again, and when. */
public final class RetryPolicy {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration BASE_DELAY = Duration.ofMillis(200);
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    public boolean shouldRetry(HttpResponse<?> response, int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return false;
        }
        switch (response.statusCode()) {
            case HttpURLConnection.HTTP_UNAVAILABLE:
            case HttpURLConnection.HTTP_BAD_GATEWAY:
                return true;
            case HttpURLConnection.HTTP_UNAUTHORIZED:
            case HttpURLConnection.HTTP_FORBIDDEN:
                return false;
            case 408:
                return attempt < 2;
            default:
                return RETRYABLE.contains(response.statusCode());
        }
    }

    public Duration delay(int attempt) {
        long jitter = (long) (Math.random() * 50);
        return BASE_DELAY.multipliedBy(1L << Math.min(attempt, 6)).plusMillis(jitter);
    }

    public static boolean isSuccess(int status) {
        return status / 100 == 2;
    }

    public static boolean isServerError(int status) {
        return status >= 500 && status < 600;
    }
}
