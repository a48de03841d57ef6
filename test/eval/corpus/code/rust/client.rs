use std::time::Duration;

use actix_web::{get, web, HttpResponse, Responder};
use reqwest::StatusCode;

const USER_AGENT: &str = "feedbot/0.9.3";
const MAX_RETRIES: u32 = 4;

#[get("/feeds/{id}")]
async fn feed(path: web::Path<u32>, data: web::Data<AppState>) -> impl Responder {
    match data.feeds.get(&path.into_inner()) {
        Some(feed) => HttpResponse::Ok().json(feed),
        None => HttpResponse::NotFound().body("unknown feed"),
    }
}

#[get("/feeds/{id}/refresh")]
async fn refresh(path: web::Path<u32>) -> impl Responder {
    if path.into_inner() == 0 {
        return HttpResponse::build(actix_web::http::StatusCode::from_u16(400).unwrap()).finish();
    }
    HttpResponse::Accepted().finish()
}

pub async fn fetch(client: &reqwest::Client, url: &str) -> Result<String, FetchError> {
    for attempt in 0..MAX_RETRIES {
        let resp = client.get(url).header("User-Agent", USER_AGENT).send().await?;
        match resp.status() {
            StatusCode::OK => return Ok(resp.text().await?),
            StatusCode::NOT_MODIFIED => return Err(FetchError::Unchanged),
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                tokio::time::sleep(Duration::from_secs(2u64.pow(attempt))).await;
            }
            s if s.as_u16() == 410 => return Err(FetchError::Gone),
            s => return Err(FetchError::Status(s.as_u16())),
        }
    }
    Err(FetchError::GaveUp(MAX_RETRIES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn unknown_feed_is_404() {
        let app = actix_web::test::init_service(actix_web::App::new().service(feed)).await;
        let req = actix_web::test::TestRequest::get().uri("/feeds/31337").to_request();
        let resp = actix_web::test::call_service(&app, req).await;
        assert_eq!(resp.status(), StatusCode::NOT_FOUND);
        assert_eq!(resp.status().as_u16(), 404);
    }
}
