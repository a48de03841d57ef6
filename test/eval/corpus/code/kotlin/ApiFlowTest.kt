package com.example.flow

import org.junit.jupiter.api.Test

class ApiFlowTest {
    private val api = TestApi(port = 18081, timeoutSeconds = 5)

    @Test
    fun `health answers`() {
        api.get("/health").assertCode(200).assertBody("ok")
    }

    @Test
    fun `unknown routes are not found`() {
        api.get("/nope/42").assertCode(404)
    }

    @Test
    fun `throttles bursts`() {
        repeat(20) { api.get("/search?q=a") }
        api.get("/search?q=a").assertCode(429).assertHeader("Retry-After", "1")
    }
}
