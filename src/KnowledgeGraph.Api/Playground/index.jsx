import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const examples = [
  {
    query: `# Which challenges affect finance or healthcare? (keys, Chinese names and aliases all work)
query FinanceOrHealthcare {
  challenges(filter: { affectsIndustries: ["finance", "healthcare"] }) {
    nodes {
      name
      nameEn
      affects { name nameEn }
      evidence { sentence document { title } }
    }
  }
}`,
  },
  {
    query: `# What mitigates each challenge, and why
query Mitigations {
  challenges {
    nodes {
      name
      relations(type: MITIGATES, direction: IN) {
        from { name kind }
        confidence
        evidence { sentence section { heading } }
      }
    }
  }
}`,
  },
  {
    query: `# Search (Chinese substrings work), then the neighbourhood and a path
query Explore {
  search(text: "隐私") { score node { id kind name } }
  neighborhood(id: "challenge:explainability", depth: 1) { nodes { id name } relations { type from { id } to { id } } }
  path(from: "trend:green-computing", to: "industry:healthcare") { nodes { id name } relations { type } }
  stats { nodeCount relationCount byKind { kind count } }
}`,
  },
];

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: examples, defaultEditorToolsVisibility: true }),
);
