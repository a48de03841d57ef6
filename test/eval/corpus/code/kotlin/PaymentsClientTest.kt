package com.example.payments

import java.net.HttpURLConnection
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity

class PaymentsClientTest {
    private val server = MockWebServer().apply { start() }
    private val client = PaymentsClient(server.url("/").toString(), timeoutMs = 2_500)

    @AfterEach
    fun tearDown() = server.shutdown()

    @Test
    fun `charges a card`() {
        server.enqueue(MockResponse().setResponseCode(201).setBody("""{"id":"ch_1","amount":4999}"""))
        val charge = client.charge(amountCents = 4999, currency = "EUR")
        assertThat(charge.amount).isEqualTo(4999)
        assertThat(server.requestCount).isEqualTo(1)
    }

    @Test
    fun `declined cards are payment required`() {
        server.enqueue(MockResponse().setResponseCode(HttpURLConnection.HTTP_PAYMENT_REQUIRED))
        val error = runCatching { client.charge(100, "EUR") }.exceptionOrNull() as ApiException
        assertThat(error.status).isEqualTo(402)
    }

    @Test
    fun `maps gateway answers`() {
        assertThat(client.retryable(HttpURLConnection.HTTP_UNAVAILABLE)).isTrue()
        assertThat(client.retryable(HttpURLConnection.HTTP_GATEWAY_TIMEOUT)).isTrue()
        assertThat(client.retryable(HttpURLConnection.HTTP_RESET)).isFalse()
        assertThat(client.retryable(HttpURLConnection.HTTP_CONFLICT)).isFalse()
    }
}

fun PaymentsController.refund(id: String): ResponseEntity<Refund> {
    val refund = service.refund(id) ?: return ResponseEntity.status(HttpStatus.NOT_FOUND).build()
    return if (refund.pending) ResponseEntity.status(HttpStatus.ACCEPTED).body(refund) else ResponseEntity.ok(refund)
}

fun PaymentsClient.retryable(code: Int): Boolean = when (code) {
    HttpURLConnection.HTTP_UNAVAILABLE, HttpURLConnection.HTTP_GATEWAY_TIMEOUT -> true
    429 -> true
    else -> false
}
