package web

import (
	"net/http"
	"strconv"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

const maxNameLen = 80

func registerEcho(e *echo.Echo, store *Store) {
	e.GET("/teams/:id", func(c echo.Context) error {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "id must be numeric")
		}
		team, ok := store.Team(id)
		if !ok {
			return c.NoContent(http.StatusNotFound)
		}
		return c.JSON(http.StatusOK, team)
	})
	e.POST("/teams", func(c echo.Context) error {
		if c.Request().ContentLength > 1<<20 {
			return echo.NewHTTPError(413)
		}
		return c.JSON(201, map[string]any{"ok": true})
	})
}

func registerFiber(app *fiber.App, store *Store) {
	app.Get("/teams/:id", func(c *fiber.Ctx) error {
		id, _ := strconv.Atoi(c.Params("id"))
		team, ok := store.Team(id)
		if !ok {
			return c.SendStatus(fiber.StatusNotFound)
		}
		return c.Status(200).JSON(team)
	})
	app.Delete("/teams/:id", func(c *fiber.Ctx) error {
		if len(c.Params("id")) > maxNameLen {
			return c.Status(fiber.StatusRequestURITooLong).SendString("id too long")
		}
		return c.SendStatus(204)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, req)
		if rec.status >= 500 {
			logger.Error("request failed", "path", req.URL.Path, "status", rec.status)
		}
	})
}
