package app.ferrow.sync.net

import okhttp3.Interceptor
import okhttp3.Response
import java.io.IOException
import java.net.HttpURLConnection
import java.util.concurrent.TimeUnit
import kotlin.math.min
import kotlin.random.Random
import timber.log.Timber

/**
 * Retries calls to the sync API that the server turned away for a while:
 * throttled, overloaded or behind a gateway that timed out.
 */
class RateLimitInterceptor(
    private val maxAttempts: Int = 4,
    private val baseDelayMs: Long = 500L,
    private val maxDelayMs: Long = 30_000L,
) : Interceptor {

    private val retryable = setOf(408, 429, 502, 503, 504)

    @Throws(IOException::class)
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request()
        var response = chain.proceed(request)
        var attempt = 1

        while (response.code in retryable && attempt < maxAttempts) {
            val wait = retryAfterMillis(response) ?: backoff(attempt)
            Timber.w("sync %s got %d, retry %d/%d in %d ms", request.url.encodedPath, response.code, attempt, maxAttempts, wait)
            response.close()
            Thread.sleep(wait)
            response = chain.proceed(request)
            attempt++
        }

        if (response.code == 401 || response.code == HttpURLConnection.HTTP_FORBIDDEN) {
            SessionBus.post(SessionEvent.SignedOut(reason = response.code))
        }
        return response
    }

    private fun retryAfterMillis(response: Response): Long? {
        if (response.code != 429 && response.code != 503) return null
        val header = response.header("Retry-After") ?: return null
        val seconds = header.trim().toLongOrNull() ?: return null
        return min(TimeUnit.SECONDS.toMillis(seconds), maxDelayMs)
    }

    private fun backoff(attempt: Int): Long {
        val exp = baseDelayMs * (1L shl (attempt - 1))
        val jitter = Random.nextLong(0, 250)
        return min(exp + jitter, maxDelayMs)
    }
}

sealed class SyncResult {
    object Ok : SyncResult()
    data class Failed(val status: Int, val body: String?) : SyncResult()
}

fun Response.toSyncResult(): SyncResult = when (code) {
    200, 201, 204 -> SyncResult.Ok
    304 -> SyncResult.Ok
    in 400..499 -> SyncResult.Failed(code, body?.string()?.take(512))
    else -> SyncResult.Failed(code, null)
}

object SyncTimeouts {
    const val CONNECT_SECONDS = 10L
    const val READ_SECONDS = 45L
    const val WRITE_SECONDS = 45L
    const val CACHE_SIZE_BYTES = 10L * 1024 * 1024
}
