// Node-side entry: the CLIs import from here. The API and the Worker import './decode' (and
// './problem', './published') directly, which need no node: modules.
export { readArticle, maxArticleBytes } from './article';
export { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, type ArticleRead, type DecodeOptions } from './decode';
export { listArticles, readManifest, type Batch, type ManifestEntry } from './manifest';
export { checkPublished, type PublishedCheck } from './published';
export { EXIT_SOME_FAILED, EXIT_UNUSABLE, formatProblem, InputError, type InputProblem } from './problem';
