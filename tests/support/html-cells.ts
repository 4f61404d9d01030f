const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** An HTML fragment's text as a reader gets it: tags dropped, the five escapes of lib/text/html.ts read back. */
export const htmlText = (html: string) =>
  html.replace(/<[^>]*>/g, "").replace(/&(lt|gt|quot|#39|amp);/g, (e) => entities[e]!);

/** Table rows written as one HTML string (the lists' row builders): each row's cells as text. */
export const rowCells = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, cell]) => htmlText(cell!)),
  );
