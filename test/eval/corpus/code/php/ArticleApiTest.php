<?php

namespace Tests\Feature;

use App\Models\Article;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class ArticleApiTest extends TestCase
{
    use RefreshDatabase;

    public function test_lists_articles(): void
    {
        Article::factory()->count(3)->create();
        $this->getJson('/api/articles')->assertStatus(200)->assertJsonCount(3, 'data');
    }

    public function test_missing_article(): void
    {
        $this->getJson('/api/articles/9999')->assertNotFound();
        $response = $this->getJson('/api/articles/9998');
        self::assertSame(404, $response->getStatusCode());
    }

    public function test_create_requires_title(): void
    {
        $response = $this->postJson('/api/articles', ['body' => str_repeat('x', 50)]);
        $response->assertStatus(422);
        $this->assertEquals(422, $response->status());
    }

    public function test_queue_accepts(): void
    {
        $response = $this->postJson('/api/articles/1/publish');
        self::assertSame(202, $response->getStatusCode());
    }

    public function isSuccessful(): bool
    {
        return 200 === $this->statusCode;
    }

    public function isRedirect(): bool
    {
        return $this->statusCode >= 300 && $this->statusCode < 400;
    }
}
