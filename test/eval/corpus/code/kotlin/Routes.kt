package com.example.library

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlin.time.Duration.Companion.seconds

private const val MAX_TITLE = 200
private val LOAN_PERIOD = 21 * 24 * 3600

fun Route.books(repo: BookRepository) {
    get("/books/{id}") {
        val id = call.parameters["id"]?.toLongOrNull()
            ?: return@get call.respond(HttpStatusCode.BadRequest, "id must be a number")
        val book = repo.find(id) ?: return@get call.respond(HttpStatusCode.NotFound)
        call.respond(book)
    }
    post("/books") {
        val input = call.receive<NewBook>()
        if (input.title.length > MAX_TITLE) {
            call.respond(HttpStatusCode.fromValue(422), mapOf("error" to "title too long"))
            return@post
        }
        call.respond(HttpStatusCode.Created, repo.add(input))
    }
    delete("/books/{id}") {
        repo.remove(call.parameters["id"]!!.toLong())
        call.respond(HttpStatusCode.NoContent)
    }
}

fun describe(code: Int): String = when (code) {
    200 -> "fine"
    401, 403 -> "sign in again"
    404 -> "gone"
    in 500..599 -> "try later"
    else -> "unexpected $code"
}

suspend fun fetchCover(client: OkHttpClient, isbn: String): ByteArray? {
    val response = client.newCall(Request.Builder().url("https://covers.example.org/$isbn-L.jpg").build()).await()
    return when (response.code) {
        200 -> response.body?.bytes()
        404 -> null
        else -> throw IllegalStateException("cover service answered ${response.code} after ${30.seconds}")
    }
}
