use std::time::Duration;

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

const MAX_UPLOAD: usize = 8 * 1024 * 1024;
const POOL_SIZE: u32 = 16;

pub async fn get_book(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<Book>, StatusCode> {
    db.book(id).await.map(Json).ok_or(StatusCode::NOT_FOUND)
}

pub async fn create_book(State(db): State<Db>, Json(input): Json<NewBook>) -> impl IntoResponse {
    if input.title.len() > 300 {
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "error": "title too long" }))).into_response();
    }
    let book = db.insert(input).await;
    (StatusCode::CREATED, Json(book)).into_response()
}

pub async fn health() -> StatusCode {
    StatusCode::OK
}

pub async fn teapot() -> Response {
    let code = StatusCode::from_u16(418).unwrap();
    (code, "short and stout").into_response()
}

pub fn classify(status: u16) -> &'static str {
    match status {
        200..=299 => "success",
        404 => "missing",
        429 => "throttled",
        400..=499 => "client error",
        _ => "server error",
    }
}

pub fn retry_delay(attempt: u32) -> Duration {
    Duration::from_millis(100 * 2u64.pow(attempt.min(6)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn missing_book_is_404() {
        let db = Db::in_memory(POOL_SIZE).await;
        let err = get_book(State(db), Path(42)).await.unwrap_err();
        assert_eq!(err, StatusCode::NOT_FOUND);
        assert_eq!(err.as_u16(), 404);
    }

    #[test]
    fn classifies() {
        assert_eq!(classify(204), "success");
        assert_eq!(classify(451), "client error");
        assert!(MAX_UPLOAD > 1_000_000);
    }
}
