/** A JSON file the site built (content, knowledge, a scenario): its data, or a rejection for any status but 2xx. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}
