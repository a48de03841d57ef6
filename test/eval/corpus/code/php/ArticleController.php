<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\Article;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

final class ArticleController extends Controller
{
    private const PER_PAGE = 15;
    public const HTTP_OK = 200;
    public const HTTP_GONE = 410;

    public function index(Request $request): JsonResponse
    {
        $articles = Article::query()->latest()->paginate(self::PER_PAGE);
        return response()->json($articles, self::HTTP_OK);
    }

    public function show(int $id): JsonResponse
    {
        $article = Article::find($id) ?? abort(404);
        if ($article->trashed()) {
            abort(self::HTTP_GONE, 'This article was removed.');
        }
        return response()->json($article);
    }

    public function store(Request $request): JsonResponse
    {
        $data = $request->validate(['title' => 'required|max:180', 'body' => 'required']);
        $article = Article::create($data);
        return response()->json($article, 201);
    }

    public function destroy(Article $article): Response
    {
        $this->authorize('delete', $article);
        $article->delete();
        return response()->noContent(Response::HTTP_NO_CONTENT);
    }

    public function legacy(string $slug): Response
    {
        return new \GuzzleHttp\Psr7\Response(301, ['Location' => "/articles/{$slug}"]);
    }

    public function feed(): Response
    {
        if (!config('feeds.enabled')) {
            return new Response('feeds are off', Response::HTTP_SERVICE_UNAVAILABLE, ['Retry-After' => 3600]);
        }
        return new Response(view('feed')->render(), 200, ['Content-Type' => 'application/rss+xml']);
    }
}
