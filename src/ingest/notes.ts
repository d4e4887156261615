// What an ingest answer tells the sender about the document's date, in words: an article stored
// without a date cannot place "on Tuesday", and a second POST of the same text does not re-date it.

export function datingNotes(
  document: { id: number; published: string | null },
  sent: string | null,
  created: boolean,
): string[] {
  const fix = `PUT /api/documents/${document.id}/published with {"published": "YYYY-MM-DD"}`;
  if (created && document.published === null) {
    return [
      `stored as undated: no publication date was sent and none was found in the text, so figures dated only by relative words ("on Tuesday", "last month") have no date; give it one with ${fix} (GET /api/undated lists undated documents)`,
    ];
  }
  if (!created && sent !== null && sent !== document.published) {
    return [
      `already stored as document ${document.id} with published ${document.published ?? 'unknown (undated)'}; the date sent (${sent}) was not applied: to correct it, ${fix}`,
    ];
  }
  return [];
}
