// The explorer: the graph from the GraphQL API, drawn with cytoscape.js. It talks only to /graphql.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const KINDS = {
  TREND: { label: 'Trend', color: '#38a169', shape: 'round-rectangle' },
  CHALLENGE: { label: 'Challenge', color: '#e53e3e', shape: 'hexagon' },
  INDUSTRY: { label: 'Industry', color: '#3182ce', shape: 'ellipse' },
  TECHNOLOGY: { label: 'Technology', color: '#d69e2e', shape: 'diamond' },
  REFERENCE: { label: 'Reference', color: '#805ad5', shape: 'tag' },
  // Provenance is drawn only when a path runs through it; its filter starts off.
  SECTION: { label: 'Section', color: '#a0aec0', shape: 'rectangle', hidden: true },
  DOCUMENT: { label: 'Document', color: '#4a5568', shape: 'barrel', hidden: true },
};
const RELATIONS = ['MITIGATES', 'AFFECTS', 'INVOLVES', 'CITES'];
const LISTS = { TREND: 'trends', CHALLENGE: 'challenges', INDUSTRY: 'industries', TECHNOLOGY: 'technologies' };
// A cap keeps a large graph usable; "Show more" loads the next pages.
const PAGE = 100;

const $ = (id) => document.getElementById(id);
const state = { english: false, pathEnds: [], cursors: {}, loaded: [] };

async function gql(query, variables = {}, headers = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

const conceptFields = 'id kind key name nameEn description relations(direction: OUT) { type to { id } confidence }';
const listQuery = (list) => `query ($first: Int!, $after: String) {
  ${list}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${conceptFields} } }
}`;

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      // Labels by zoom level: a label smaller than 7 px on screen is not drawn, so a zoomed-out graph stays readable.
      label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 7, 'text-wrap': 'wrap', 'text-max-width': 120,
      'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26, 'border-width': 1, 'border-color': '#2d3748',
    } },
    ...Object.entries(KINDS).map(([kind, look]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': look.color, shape: look.shape } })),
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#718096', 'text-rotation': 'autorotate',
    } },
    { selector: 'edge[type = "MITIGATES"]', style: { 'line-color': '#38a169', 'target-arrow-color': '#38a169' } },
    { selector: 'edge[type = "AFFECTS"]', style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.highlighted', style: { 'border-width': 5, 'border-color': '#f6e05e', 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { width: 4, 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: ':selected', style: { 'border-width': 4, 'border-color': '#2b6cb0' } },
  ],
});

function labelOf(data) {
  return state.english && data.nameEn ? data.nameEn : data.name;
}

function addNodes(nodes) {
  const added = [];
  for (const node of nodes) {
    if (!KINDS[node.kind] || cy.getElementById(node.id).nonempty()) continue;
    added.push({ group: 'nodes', data: { ...node, label: labelOf(node), relations: undefined } });
  }
  cy.add(added);
  return nodes;
}

function addRelations(nodes) {
  const edges = [];
  for (const node of nodes) {
    for (const relation of node.relations ?? []) {
      const id = `${relation.type}:${node.id}->${relation.to.id}`;
      if (cy.getElementById(id).nonempty() || cy.getElementById(relation.to.id).empty()) continue;
      edges.push({ group: 'edges', data: { id, source: node.id, target: relation.to.id, type: relation.type, confidence: relation.confidence } });
    }
  }
  cy.add(edges);
}

async function loadPage(kind) {
  const list = LISTS[kind];
  const data = await gql(listQuery(list), { first: PAGE, after: state.cursors[kind] ?? null });
  const page = data[list];
  state.cursors[kind] = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  return page.nodes;
}

async function loadReferences() {
  const data = await gql(`{ references(first: ${PAGE}) { nodes { id kind key name citedBy { id } } } }`);
  const nodes = data.references.nodes.map((node) => ({ ...node, nameEn: null }));
  addNodes(nodes);
  const edges = [];
  for (const reference of nodes) {
    for (const citer of reference.citedBy) {
      const id = `CITES:${citer.id}->${reference.id}`;
      if (cy.getElementById(citer.id).nonempty() && cy.getElementById(id).empty()) {
        edges.push({ group: 'edges', data: { id, source: citer.id, target: reference.id, type: 'CITES' } });
      }
    }
  }
  cy.add(edges);
}

async function loadMore() {
  const kinds = Object.keys(LISTS).filter((kind) => !(kind in state.cursors) || state.cursors[kind]);
  const pages = await Promise.all(kinds.map(loadPage));
  const nodes = pages.flat();
  addNodes(nodes);
  // A relation is drawn once both ends are: every loaded node's relations are tried again after each page.
  state.loaded.push(...nodes);
  addRelations(state.loaded);
  await loadReferences();
  $('show-more').hidden = !Object.values(state.cursors).some(Boolean);
  layout();
  applyFilters();
  status();
}

function layout() {
  // fCoSE: force-directed with a spectral start (fast on hundreds of nodes), nodes kept apart by
  // nodeSeparation, and unconnected nodes packed with the components instead of tiled in a grid.
  cy.layout({
    name: 'fcose', quality: 'proof', animate: false, randomize: true, fit: true, padding: 20,
    nodeSeparation: 90, nodeRepulsion: () => 12000, idealEdgeLength: () => 110, edgeElasticity: () => 0.3,
    tile: false, packComponents: true, numIter: 2500,
  }).run();
  separateOverlaps();
}

// Force layouts keep nodes apart on average, not always: a last pass pushes every pair of overlapping
// node boxes apart along the axis where they overlap least, until none overlap. Written here: neither
// cytoscape nor fCoSE guarantees it.
function separateOverlaps(gap = 6, rounds = 200) {
  const nodes = cy.nodes(':visible').toArray();
  const boxes = nodes.map((node) => {
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    return { node, x: node.position('x'), y: node.position('y'), w: box.w / 2 + gap / 2, h: box.h / 2 + gap / 2 };
  });
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = a.w + b.w - Math.abs(dx);
        const overlapY = a.h + b.h - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapX < overlapY) {
          const push = (overlapX / 2) * (dx < 0 ? -1 : 1) || overlapX / 2;
          a.x -= push;
          b.x += push;
        } else {
          const push = (overlapY / 2) * (dy < 0 ? -1 : 1) || overlapY / 2;
          a.y -= push;
          b.y += push;
        }
      }
    }
    if (!moved) break;
  }
  cy.batch(() => boxes.forEach((box) => box.node.position({ x: box.x, y: box.y })));
  cy.fit(undefined, 20);
}

function status(message) {
  $('status').textContent = message ?? `${cy.nodes(':visible').length} nodes, ${cy.edges(':visible').length} relations`;
}

function applyFilters() {
  const kinds = new Set([...document.querySelectorAll('#kind-filters input:checked')].map((input) => input.value));
  const types = new Set([...document.querySelectorAll('#relation-filters input:checked')].map((input) => input.value));
  cy.batch(() => {
    cy.nodes().forEach((node) => node.toggleClass('hidden', !kinds.has(node.data('kind'))));
    cy.edges().forEach((edge) => edge.toggleClass('hidden', !types.has(edge.data('type'))));
  });
  status();
}

function checkbox(container, value, text, checked = true) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.value = value;
  input.checked = checked;
  label.append(input, ` ${text}`);
  container.append(label);
  return input;
}

function buildControls() {
  for (const [kind, look] of Object.entries(KINDS)) {
    checkbox($('kind-filters'), kind, look.label, !look.hidden).addEventListener('change', applyFilters);
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = look.color;
    item.append(swatch, `${look.label} (${look.shape})`);
    $('legend').append(item);
  }
  for (const type of RELATIONS) {
    checkbox($('relation-filters'), type, type).addEventListener('change', applyFilters);
  }
  $('english').addEventListener('change', (event) => {
    state.english = event.target.checked;
    cy.nodes().forEach((node) => node.data('label', labelOf(node.data())));
  });
}

async function buildIndustryPicker() {
  const data = await gql(`{ industries(first: 500) { nodes { key name nameEn } } }`);
  for (const industry of data.industries.nodes) {
    checkbox($('industries'), industry.key, `${industry.name} · ${industry.nameEn ?? industry.key}`, false);
  }
}

async function highlightIndustries() {
  const keys = [...document.querySelectorAll('#industries input:checked')].map((input) => input.value);
  clearHighlight();
  if (keys.length === 0) return;
  const data = await gql(`query ($keys: [String!]) { challenges(first: 500, filter: { affectsIndustries: $keys }) { nodes { id } } }`, { keys });
  const ids = new Set(data.challenges.nodes.map((node) => node.id));
  cy.nodes().forEach((node) => node.toggleClass('highlighted', ids.has(node.id())));
  status(`${ids.size} challenge(s) affect ${keys.join(' or ')}`);
}

function clearHighlight() {
  cy.elements().removeClass('highlighted faded');
}

async function search(text) {
  if (!text.trim()) return;
  const data = await gql(`query ($text: String!) { search(text: $text, first: 10) { score node { id } } }`, { text });
  const hit = data.search.map((result) => cy.getElementById(result.node.id)).find((node) => node.nonempty() && node.visible());
  if (!hit) {
    status(`nothing drawn matches “${text}”`);
    return;
  }
  cy.elements().unselect();
  hit.select();
  cy.animate({ center: { eles: hit }, zoom: 1.6 }, { duration: 300 });
  await showDetails(hit.id());
}

// The details panel: emptied, then filled line by line; an evidence sentence shows where it stands.
function detailsWriter() {
  const body = $('details-body');
  body.replaceChildren();
  return (tag, text, className) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    body.append(element);
    return element;
  };
}

function addEvidence(add, evidence, prefix = '') {
  const block = add('div', '', 'evidence');
  const where = document.createElement('div');
  where.className = 'where';
  const page = evidence.page ? ` · p. ${evidence.page}` : '';
  where.textContent = `${prefix}${evidence.document.title}${evidence.section ? ' · ' + evidence.section.heading : ''}${page}`;
  const sentence = document.createElement('div');
  sentence.className = 'sentence';
  sentence.textContent = evidence.sentence;
  block.append(where, sentence);
}

const detailFields = `id kind key name nameEn description documents { title }
  relations { type confidence documentCount from { id name } to { id name }
    evidence(first: 5) { totalCount nodes { sentence page document { title } section { heading } } } }`;

async function showDetails(id) {
  const data = await gql(`query ($id: ID!) { node(id: $id) { id kind key name
    ... on Trend { ${detailFields} } ... on Challenge { ${detailFields} } ... on Industry { ${detailFields} } ... on Technology { ${detailFields} }
    ... on Reference { title url citedBy { id name } } } }`, { id });
  const node = data.node;
  const add = detailsWriter();
  add('div', node.kind, 'kind');
  add('h2', node.name);
  if (node.nameEn) add('div', node.nameEn, 'hint');
  if (node.description) add('p', node.description);
  if (node.documents?.length) {
    add('h3', 'Documents');
    const list = add('ul', '');
    for (const document_ of node.documents) {
      const item = document.createElement('li');
      item.textContent = document_.title;
      list.append(item);
    }
  }
  if (node.relations?.length) {
    add('h3', 'Evidence');
    for (const relation of node.relations.filter((item) => item.type !== 'PART_OF')) {
      for (const evidence of relation.evidence.nodes) {
        addEvidence(add, evidence, `${relation.type} ${relation.from.name} → ${relation.to.name} · `);
      }
      if (relation.evidence.totalCount > relation.evidence.nodes.length) {
        add('div', `… ${relation.evidence.totalCount - relation.evidence.nodes.length} more sentences in ${relation.documentCount} document(s)`, 'hint');
      }
    }
  }
  if (node.citedBy) {
    add('h3', 'Cited by');
    add('p', node.citedBy.map((citer) => citer.name).join(', '));
  }
  $('details').hidden = false;
}

async function expand(id) {
  const data = await gql(`query ($id: ID!) { neighborhood(id: $id, depth: 1, relations: [MITIGATES, AFFECTS, INVOLVES, CITES]) {
    nodes { id kind key name ... on Trend { nameEn } ... on Challenge { nameEn } ... on Industry { nameEn } ... on Technology { nameEn } }
    relations { type from { id } to { id } } } }`, { id });
  addNodes(data.neighborhood.nodes);
  const edges = data.neighborhood.relations
    .map((relation) => ({ id: `${relation.type}:${relation.from.id}->${relation.to.id}`, source: relation.from.id, target: relation.to.id, type: relation.type }))
    .filter((edge) => cy.getElementById(edge.id).empty() && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty());
  cy.add(edges.map((data_) => ({ group: 'edges', data: data_ })));
  applyFilters();
}

// The impact matrix: rows × industries as a heatmap, darker where more reports say the row affects the
// industry; a cell's click shows its evidence sentences with their documents.
const MATRIX_QUERY = `query ($rows: MatrixRows!) { matrix(rows: $rows, first: 30, columnsFirst: 20) {
  rows { id name ... on Trend { nameEn } ... on Challenge { nameEn } } columns { id name nameEn } cells { row column documentCount evidenceCount } } }`;

async function showMatrix() {
  const data = await gql(MATRIX_QUERY, { rows: $('matrix-rows').value });
  const { rows, columns, cells } = data.matrix;
  const byCell = new Map(cells.map((cell) => [`${cell.row}|${cell.column}`, cell]));
  const most = Math.max(1, ...cells.map((cell) => cell.documentCount));
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  for (const column of columns) {
    const th = document.createElement('th');
    th.textContent = labelOf(column);
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.textContent = labelOf(row);
    tr.append(th);
    for (const column of columns) {
      const td = tr.insertCell();
      const cell = byCell.get(`${row.id}|${column.id}`);
      if (!cell) {
        td.className = 'empty';
        continue;
      }
      td.className = 'cell';
      td.dataset.row = row.id;
      td.dataset.column = column.id;
      td.textContent = cell.documentCount;
      td.title = `${row.name} → ${column.name}: ${cell.documentCount} document(s), ${cell.evidenceCount} sentence(s)`;
      const strength = 0.15 + 0.85 * (cell.documentCount / most);
      td.style.background = `rgba(229, 62, 62, ${strength.toFixed(2)})`;
      td.style.color = strength > 0.55 ? 'white' : '#1a202c';
      td.addEventListener('click', () => showCell(td, row, column).catch(report));
    }
  }
  $('matrix').replaceChildren(table);
  $('matrix').hidden = false;
  $('graph').hidden = true;
  $('show-graph').hidden = false;
  status(`${rows.length} × ${columns.length} matrix, ${cells.length} cells`);
}

async function showCell(td, row, column) {
  const fields = 'relations(type: AFFECTS, direction: OUT) { to { id } documentCount evidence(first: 10) { totalCount nodes { sentence page document { title } section { heading } } } }';
  const data = await gql(`query ($id: ID!) { node(id: $id) { ... on Challenge { ${fields} } ... on Trend { ${fields} } } }`, { id: row.id });
  const cell = data.node.relations.find((relation) => relation.to.id === column.id);
  document.querySelectorAll('#matrix td.chosen').forEach((chosen) => chosen.classList.remove('chosen'));
  td.classList.add('chosen');
  const add = detailsWriter();
  add('div', 'AFFECTS', 'kind');
  add('h2', `${labelOf(row)} → ${labelOf(column)}`);
  add('p', `${cell.documentCount} document(s), ${cell.evidence.totalCount} sentence(s)`, 'hint');
  for (const evidence of cell.evidence.nodes) {
    addEvidence(add, evidence);
  }
  $('details').hidden = false;
}

function showGraph() {
  $('matrix').hidden = true;
  $('graph').hidden = false;
  $('show-graph').hidden = true;
  cy.resize();
  status();
}

// Uploading a report: its bytes go to importDocument as base64 (every format the importer reads), with the API key.
async function base64Of(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function importFile(file) {
  const out = $('upload-report');
  out.replaceChildren();
  if (!file) throw new Error('pick a file first');
  status(`importing ${file.name}…`);
  const data = await gql(`mutation ($name: String!, $content: String!) {
    importDocument(input: { name: $name, contentBase64: $content }) { document { id title } sections nodes relations warnings } }`,
  { name: file.name, content: await base64Of(file) }, { 'X-Api-Key': $('api-key').value });
  const result = data.importDocument;
  // The report shows once the new nodes are drawn: what it says is then on the page.
  await showDocument(result.document.id);
  const line = document.createElement('div');
  line.className = 'imported';
  line.textContent = `Imported “${result.document.title}”: ${result.sections} sections, ${result.nodes} nodes, ${result.relations} relations`;
  out.append(line);
  for (const warning of result.warnings) {
    const item = document.createElement('div');
    item.className = 'warning';
    item.textContent = warning;
    out.append(item);
  }
}

// The document's concepts (those its sections mention) and their relations, drawn and highlighted.
async function showDocument(documentId) {
  const data = await gql(`query ($id: ID!) { node(id: $id) { ... on Document { sections { id } } } }`, { id: documentId });
  const mentioned = await Promise.all(data.node.sections.map((section) => gql(`query ($id: ID!) {
    neighborhood(id: $id, depth: 1, relations: [MENTIONED_IN]) { nodes { id kind } } }`, { id: section.id })));
  const concepts = [...new Map(mentioned.flatMap((answer) => answer.neighborhood.nodes)
    .filter((node) => ['TREND', 'CHALLENGE', 'INDUSTRY', 'TECHNOLOGY', 'REFERENCE'].includes(node.kind))
    .map((node) => [node.id, node])).values()];
  await Promise.all(concepts.map((node) => expand(node.id)));
  layout();
  applyFilters();
  cy.elements().removeClass('highlighted');
  cy.collection(concepts.map((node) => cy.getElementById(node.id))).addClass('highlighted');
  status();
}

async function pickForPath(id) {
  state.pathEnds = [...state.pathEnds, id].slice(-2);
  $('path-ends').textContent = state.pathEnds.join(' → ');
  if (state.pathEnds.length < 2) return;
  const [from, to] = state.pathEnds;
  const data = await gql(`query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { nodes { id kind key name } relations { type from { id } to { id } } } }`, { from, to });
  clearHighlight();
  if (!data.path) {
    status('no path within 6 hops');
    return;
  }
  // A path may run through nodes or relations not drawn yet (a section, say): draw them, and show them.
  addNodes(data.path.nodes);
  cy.add(data.path.relations
    .map((relation) => ({ id: `${relation.type}:${relation.from.id}->${relation.to.id}`, source: relation.from.id, target: relation.to.id, type: relation.type }))
    .filter((edge) => cy.getElementById(edge.id).empty())
    .map((edge) => ({ group: 'edges', data: edge })));
  const ids = new Set(data.path.nodes.map((node) => node.id));
  cy.elements().addClass('faded');
  cy.nodes().filter((node) => ids.has(node.id())).removeClass('faded hidden').addClass('highlighted');
  for (const relation of data.path.relations) {
    cy.edges().filter((edge) => (edge.data('source') === relation.from.id && edge.data('target') === relation.to.id)
      || (edge.data('source') === relation.to.id && edge.data('target') === relation.from.id)).removeClass('faded hidden').addClass('highlighted');
  }
  status(`path of ${data.path.relations.length} relation(s)`);
}

function wireEvents() {
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    if ($('path-mode').checked) pickForPath(id).catch(report);
    else showDetails(id).catch(report);
  });
  cy.on('dbltap', 'node', (event) => expand(event.target.id()).catch(report));
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    search($('search').value).catch(report);
  });
  $('highlight-industries').addEventListener('click', () => highlightIndustries().catch(report));
  $('clear-highlight').addEventListener('click', clearHighlight);
  $('show-more').addEventListener('click', () => loadMore().catch(report));
  $('close-details').addEventListener('click', () => { $('details').hidden = true; });
  $('show-matrix').addEventListener('click', () => showMatrix().catch(report));
  $('show-graph').addEventListener('click', showGraph);
  $('upload-form').addEventListener('submit', (event) => {
    event.preventDefault();
    importFile($('upload-file').files[0]).catch(uploadFailed);
  });
  const drop = $('drop-zone');
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer.files.length) $('upload-file').files = event.dataTransfer.files;
  });
  $('path-mode').addEventListener('change', () => { state.pathEnds = []; $('path-ends').textContent = ''; clearHighlight(); });
}

function report(error) {
  status(`error: ${error.message}`);
}

function uploadFailed(error) {
  const line = document.createElement('div');
  line.className = 'error';
  line.textContent = error.message;
  $('upload-report').replaceChildren(line);
  report(error);
}

buildControls();
wireEvents();
const ready = Promise.all([loadMore(), buildIndustryPicker()])
  // explorer#matrix opens on the impact matrix: a link to the heatmap itself.
  .then(() => (window.location.hash === '#matrix' ? showMatrix() : undefined));
ready.catch(report);
// For tests and the console: the cytoscape instance and a promise that resolves once the graph is drawn.
window.kgExplorer = { cy, ready, showDetails, highlightIndustries, importFile, showMatrix, loadMore };
