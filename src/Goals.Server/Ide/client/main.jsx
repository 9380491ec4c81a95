import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { parse } from 'graphql';
import 'graphiql/style.css';
import './ide.css';

// The build script defines WORKERS with the content-hashed worker file names, so the page never fetches from a CDN.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = WORKERS[label] ?? WORKERS.editor;
    return new Worker(new URL(`./${file}`, import.meta.url));
  },
};

const root = document.getElementById('graphiql');
const endpoint = new URL(root.dataset.endpoint, window.location.href);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

// Headers typed into the IDE also travel in connection_init, because browsers cannot set WebSocket headers.
const toolkitFetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: subscriptionUrl.href });

// The toolkit sends an operation over the socket only when the document it is handed is a subscription. GraphiQL
// hands over the document it parsed on the last editor change, which can lag behind the query actually sent (type,
// then run at once), so parse the query being sent; syntax errors are left to the server to report.
const fetcher = (params, options) => {
  let documentAST;
  try {
    documentAST = parse(params.query);
  } catch {
    documentAST = options?.documentAST;
  }
  return toolkitFetcher(params, { ...options, documentAST });
};

// A host in Development may offer a token at {endpoint}/dev-token; the Headers pane then starts signed in, so a first
// query works without minting a token elsewhere. Anywhere else the path is 404 and the pane starts empty.
async function developmentHeaders() {
  try {
    const response = await fetch(`${endpoint.href.replace(/\/$/, '')}/dev-token`, { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const { authorization } = await response.json();
    return authorization ? JSON.stringify({ Authorization: authorization }, null, 2) : undefined;
  } catch {
    return undefined;
  }
}

const headers = await developmentHeaders();
createRoot(root).render(
  <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility={headers ? 'headers' : 'variables'}
    initialHeaders={headers} defaultHeaders={headers} />,
);
