import { type APIResponse, expect, type Page } from "@playwright/test";

export type Problem = { type?: string; title?: string; status?: number; detail?: string };

/**
 * Checks an RFC 9457 problem response: the status, the media type and the body's status.
 */
export async function expectProblem(res: APIResponse, status: number): Promise<Problem> {
  const contentType = res.headers()["content-type"] ?? "";
  expect(
    { status: res.status(), contentType },
    `${res.url()} → ${res.status()} ${contentType}\n${await res.text()}`,
  ).toEqual({ status, contentType: expect.stringMatching(/^application\/problem\+json\b/) });
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe("string");
  return body;
}

/** A transition through the JSON API with the page's session cookie, as the browser would send it. */
export function postTransition(
  page: Page,
  requestId: string,
  body: { action: string; nota?: string },
): Promise<APIResponse> {
  return page.request.post(`/api/v1/requests/${requestId}/transitions`, {
    data: body,
    headers: { origin: new URL(page.url()).origin },
  });
}
