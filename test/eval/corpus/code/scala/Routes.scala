package shop.http

import akka.http.scaladsl.model.StatusCodes
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import scala.concurrent.duration._

object Routes {
  val askTimeout: FiniteDuration = 3.seconds
  val maxItems = 100

  def route(repo: ItemRepo): Route =
    pathPrefix("items") {
      path(LongNumber) { id =>
        get {
          repo.find(id) match {
            case Some(item) => complete(item)
            case None       => complete(StatusCodes.NotFound)
          }
        } ~
        delete {
          repo.remove(id)
          complete(StatusCodes.NoContent)
        }
      } ~
      post {
        entity(as[NewItem]) { item =>
          if (item.tags.size > maxItems) complete(StatusCodes.PayloadTooLarge)
          else complete(StatusCodes.Created -> repo.add(item))
        }
      }
    }

  def describe(code: Int): String = code match {
    case 200 => "ok"
    case 404 => "missing"
    case c if c >= 500 => "server error"
    case _ => "other"
  }
}
