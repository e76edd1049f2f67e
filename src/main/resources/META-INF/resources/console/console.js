// 编辑台 (office editors' console): the same write API the partners use, with the signed-in editor's session
// cookie and the CSRF token the service handed this page. Every text from the API is set with textContent.
'use strict';

const KINDS = { hotlines: '电话', windows: '窗口', channels: '线上渠道', services: '事项', organizations: '机构', locations: '服务中心' };
const READ_ONLY = new Set(['id', 'e164', 'tel', 'kind', 'lastVerified', 'version', 'updatedAt', 'retired', 'createdAt']);
/** What an editor may send for each kind (the *Request schemas of openapi/), with each field's name on screen. */
const FIELDS = {
  hotlines: ['number', 'type', 'label', 'description', 'hours', 'organization', 'services', 'nationwide', 'regions', 'status', 'mergedInto', 'statusNote', 'source'],
  channels: ['type', 'name', 'handle', 'url', 'description', 'organization', 'services', 'regions', 'source'],
  windows: ['location', 'label', 'floor', 'zone', 'number', 'organization', 'services', 'source'],
  services: ['name', 'aliases', 'description', 'organization', 'source'],
  organizations: ['name', 'shortName', 'parent', 'region', 'description', 'source'],
  locations: ['name', 'address', 'region', 'organization', 'source'],
};
const LABELS = { number: '号码', type: '类型', label: '名称', description: '说明', hours: '服务时间', organization: '机构',
  services: '事项（逗号分隔）', nationwide: '全国号码（true/false）', regions: '地区代码（逗号分隔）', status: '状态',
  mergedInto: '并入号码', statusNote: '状态说明', source: '来源', name: '名称', handle: '账号', url: '网址', shortName: '简称',
  parent: '上级机构', region: '地区代码', address: '地址', aliases: '别名（逗号分隔）', location: '服务中心', floor: '楼层', zone: '区域' };
const ARRAYS = new Set(['services', 'regions', 'aliases']);
const ACTIONS = { created: '新建', changed: '修改', deleted: '删除' };
const PROBLEMS = { wrong_number: '号码不对', no_answer: '打不通或没人接', moved: '已搬迁或改名', other: '其他问题' };
const BEIJING = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
let session = null;

/** Thrown when the service no longer honours this page's session (signed out elsewhere, expired): the page says so. */
class SessionEnded extends Error {}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'onclick') node.addEventListener('click', value);
    else if (key === 'onsubmit') node.addEventListener('submit', value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(state, ...nodes) {
  const view = document.getElementById('view');
  view.replaceChildren(...nodes.flat(Infinity).filter(node => node !== null && node !== undefined));
  view.dataset.state = state;
}

function say(text) { document.getElementById('status').textContent = text; }

async function api(method, path, body, headers) {
  const init = { method, credentials: 'same-origin', headers: Object.assign({ Accept: 'application/json' }, headers || {}) };
  if (method !== 'GET' && session && session.csrfToken) init.headers['X-CSRF-Token'] = session.csrfToken;
  if (body instanceof Blob) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    if (!init.headers['Content-Type']) init.headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  const response = await fetch(path, init);
  if (response.status === 401 && session && session.editor) {
    signedOut('登录已失效（已退出或超时），请重新登录。');
    throw new SessionEnded();
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: response.status, json, etag: response.headers.get('ETag') };
}

/** An instant of the API (UTC, ISO 8601) as Beijing time: 2026-11-28 06:46. */
function when(instant) {
  if (!instant) return '';
  const parts = Object.fromEntries(BEIJING.formatToParts(new Date(instant)).map(p => [p.type, p.value]));
  return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
}

function nameOf(record) { return record.label || record.name || record.shortName || record.number || record.id; }

function valueText(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(v => v && typeof v === 'object' ? v.id || v.code : v).join('，');
  if (typeof value === 'object') return value.id || value.code || JSON.stringify(value);
  return String(value);
}

// ---- 我的条目 ----

/** The editor's organization and those below it (empty for an admin's "all"). */
async function organizationsBelow(org) {
  const found = [org];
  for (let i = 0; i < found.length && found.length < 200; i++) {
    const children = await api('GET', '/api/v1/organizations?size=200&parent=' + encodeURIComponent(found[i]));
    for (const child of (children.json || {}).items || []) if (!found.includes(child.id)) found.push(child.id);
  }
  return found;
}

async function records(all) {
  const org = session.editor.organizationId;
  const kinds = ['hotlines', 'windows', 'channels', 'services'];
  const orgs = all || !org ? [null] : await organizationsBelow(org);
  const filter = o => o ? '&organization=' + encodeURIComponent(o) : '';
  const queries = [];
  for (const kind of kinds) {
    for (const o of orgs) queries.push({ kind, path: '/api/v1/' + kind + '?size=200' + filter(o) });
  }
  const [lists, stale] = await Promise.all([
    Promise.all(queries.map(q => api('GET', q.path))),
    Promise.all(queries.map(q => api('GET', q.path + '&stale=true')))]);
  const result = [];
  queries.forEach((q, i) => {
    const staleIds = new Set(((stale[i].json || {}).items || []).map(r => r.id));
    for (const record of (lists[i].json || {}).items || []) result.push({ kind: q.kind, record, stale: staleIds.has(record.id) });
  });
  for (const o of all || !org ? [] : orgs) {
    const one = await api('GET', '/api/v1/organizations/' + encodeURIComponent(o));
    if (one.status === 200) result.push({ kind: 'organizations', record: one.json, stale: false });
  }
  return result;
}

async function openReports() {
  const answer = await api('GET', '/api/v1/reports?status=open&size=100');
  return answer.status === 200 ? answer.json.items || [] : [];
}

function stateOf(entry, reports) {
  const open = reports.filter(r => r.recordId === entry.record.id).length;
  const states = [];
  if (!entry.record.lastVerified) states.push(el('span', { class: 'state never' }, '从未核实'));
  else if (entry.stale) states.push(el('span', { class: 'state stale' }, '已过期'));
  else states.push(el('span', { class: 'state fresh' }, '核实于 ' + entry.record.lastVerified));
  if (open) states.push(' ', el('span', { class: 'state reports' }, open + ' 条反馈待处理'));
  return { nodes: states, rank: (!entry.record.lastVerified ? 0 : entry.stale ? 1 : 2) - (open ? 3 : 0) };
}

async function mine(all) {
  show('loading', el('p', {}, '正在加载……'));
  const [entries, reports] = await Promise.all([records(all), openReports()]);
  const rows = entries.map(entry => ({ entry, state: stateOf(entry, reports) }))
    .sort((a, b) => a.state.rank - b.state.rank || nameOf(a.entry.record).localeCompare(nameOf(b.entry.record), 'zh-CN'));
  const table = el('table', { id: 'records' },
    el('caption', { class: 'skip' }, '条目'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '类别'), el('th', { scope: 'col' }, '名称'),
      el('th', { scope: 'col' }, '号码'), el('th', { scope: 'col' }, '状态'), el('th', { scope: 'col' }, '操作'))),
    el('tbody', {}, rows.map(({ entry, state }) => el('tr', { 'data-id': entry.record.id, 'data-kind': entry.kind },
      el('td', {}, KINDS[entry.kind]), el('td', { class: 'name' }, nameOf(entry.record)),
      el('td', { class: 'number' }, entry.record.number || ''), el('td', { class: 'states' }, state.nodes),
      el('td', { class: 'actions' },
        el('button', { type: 'button', class: 'edit', onclick: () => go('#/edit/' + entry.kind + '/' + entry.record.id) }, '编辑'),
        el('button', { type: 'button', class: 'verify', onclick: () => verify(entry) }, '核实'),
        el('button', { type: 'button', class: 'history', onclick: () => go('#/history/' + entry.kind + '/' + entry.record.id) }, '历史'))))));
  show('mine', el('h2', {}, all ? '全部条目' : '我的条目'),
    el('p', {}, all ? '目录中的所有条目。' : '本机构及下级机构的条目；从未核实、已过期和有市民反馈的排在前面。'), table);
}

async function verify(entry) {
  const answer = await api('POST', '/api/v1/' + entry.kind + '/' + entry.record.id + '/verify');
  if (answer.status === 200) {
    say('已核实：' + nameOf(entry.record) + '（' + answer.json.lastVerified + '）');
    await route();
  } else {
    say(problemText(answer));
  }
}

function problemText(answer) {
  return (answer.json && (answer.json.detail || answer.json.title)) || ('出错了（' + answer.status + '）');
}

// ---- 编辑 ----

async function edit(kind, id, kept) {
  const answer = await api('GET', '/api/v1/' + kind + '/' + id);
  if (answer.status !== 200) return show('error', el('p', { class: 'message error' }, problemText(answer)));
  const record = answer.json;
  const fields = FIELDS[kind] || Object.keys(record).filter(key => !READ_ONLY.has(key));
  const form = el('form', { id: 'edit-form', novalidate: true, onsubmit: event => { event.preventDefault(); save(kind, record, answer.etag, fields); } },
    fields.map(field => el('div', { class: 'field' },
      el('label', { for: 'f-' + field }, LABELS[field] || field),
      el('input', { id: 'f-' + field, name: field, value: valueText(kept && field in kept ? kept[field] : record[field]),
        'aria-describedby': 'e-' + field }),
      el('p', { class: 'field-error', id: 'e-' + field }))),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', id: 'save' }, '保存'),
      el('button', { type: 'button', onclick: () => go('#/') }, '返回')));
  show('edit', el('h2', {}, '编辑' + KINDS[kind] + '：' + nameOf(record)),
    kept ? el('p', { class: 'message' }, '这是别人刚保存的版本，您的修改已填回表单，请核对后再保存。') : null, form);
  const first = form.querySelector('input');
  if (first) first.focus();
}

function formValue(field, original, text) {
  if (Array.isArray(original) || ARRAYS.has(field)) return text.split(/[,，]/).map(s => s.trim()).filter(Boolean);
  if (typeof original === 'boolean' || field === 'nationwide') return text.trim() === '' ? null : text.trim() === 'true';
  if (typeof original === 'number') return Number(text);
  return text.trim() === '' ? null : text;
}

async function save(kind, record, etag, fields) {
  const patch = {};
  for (const field of fields) {
    const input = document.getElementById('f-' + field);
    if (input.value !== valueText(record[field])) patch[field] = formValue(field, record[field], input.value);
  }
  for (const node of document.querySelectorAll('.field-error')) node.textContent = '';
  for (const node of document.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  if (!Object.keys(patch).length) return say('没有修改。');
  const answer = await api('PATCH', '/api/v1/' + kind + '/' + record.id, patch,
    { 'Content-Type': 'application/merge-patch+json; charset=utf-8', 'If-Match': etag });
  if (answer.status === 200) {
    say('已保存：' + nameOf(answer.json));
    return go('#/');
  }
  if (answer.status === 412) return conflict(kind, record, patch);
  const errors = (answer.json && answer.json.errors) || [];
  for (const error of errors) {
    const field = String(error.field || '').split(/[.\[]/)[0];
    const slot = document.getElementById('e-' + field);
    if (slot) {
      slot.textContent = error.message;
      document.getElementById('f-' + field).setAttribute('aria-invalid', 'true');
    }
  }
  const marked = document.querySelectorAll('[aria-invalid="true"]').length;
  say(marked ? '有 ' + marked + ' 处需要修改，见各栏下方的提示。' : problemText(answer));
  const invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
}

async function conflict(kind, mineRecord, patch) {
  const current = await api('GET', '/api/v1/' + kind + '/' + mineRecord.id);
  const theirs = current.json || {};
  const yours = Object.assign({}, mineRecord, patch);
  const fields = FIELDS[kind] || Object.keys(yours).filter(key => !READ_ONLY.has(key));
  const column = (title, record, other) => el('section', {},
    el('h3', {}, title),
    el('dl', {}, fields.map(field => [el('dt', {}, LABELS[field] || field),
      el('dd', { class: valueText(record[field]) !== valueText(other[field]) ? 'differs' : null }, valueText(record[field]) || '（空）')])));
  show('conflict', el('h2', { id: 'conflict-heading', tabindex: '-1' }, '保存冲突：别人刚修改了这条记录'),
    el('p', { class: 'message error' }, '您打开后，' + (theirs.updatedAt ? '在 ' + when(theirs.updatedAt) + ' ' : '') +
      '有人保存了新版本。两个版本并排如下，您的修改没有丢失。'),
    el('div', { class: 'conflict' }, column('您的版本（未保存）', yours, theirs), column('当前版本（已保存）', theirs, yours)),
    el('div', { class: 'buttons' },
      el('button', { type: 'button', class: 'primary', id: 'keep-mine', onclick: () => edit(kind, mineRecord.id, patch) }, '在当前版本上重新应用我的修改'),
      el('button', { type: 'button', id: 'take-theirs', onclick: () => go('#/') }, '放弃我的修改')));
  document.getElementById('conflict-heading').focus();
}

// ---- 历史 ----

async function history(kind, id) {
  const [changes, current] = await Promise.all([api('GET', '/api/v1/' + kind + '/' + id + '/history'),
    api('GET', '/api/v1/' + kind + '/' + id)]);
  if (changes.status !== 200) return show('error', el('p', { class: 'message error' }, problemText(changes)));
  show('history', el('h2', {}, '修改历史：' + nameOf(current.json || { id })),
    el('table', { id: 'history' },
      el('thead', {}, el('tr', {}, ['版本', '时间', '修改人', '动作', '改了什么', ''].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, changes.json.map(change => el('tr', {},
        el('td', {}, change.revision), el('td', { class: 'when' }, when(change.at)), el('td', {}, change.author === 'data/' ? 'data/ 文件' : change.author),
        el('td', {}, ACTIONS[change.action] || change.action),
        el('td', {}, el('ul', {}, (change.changes || []).map(c =>
          el('li', {}, (LABELS[c.field] || c.field) + '：' + (valueText(c.from) || '（空）') + ' → ' + (valueText(c.to) || '（空）'))))),
        el('td', {}, el('button', { type: 'button', class: 'bring-back',
          onclick: () => bringBack(kind, id, changes.json, change.revision) }, '恢复到此版本')))))),
    el('div', { class: 'buttons' }, el('button', { type: 'button', onclick: () => go('#/') }, '返回')));
}

async function bringBack(kind, id, changes, revision) {
  const state = {};
  for (const change of changes) {
    if (change.revision > revision) break;
    for (const c of change.changes || []) state[c.field] = c.to === undefined ? null : c.to;
  }
  const current = await api('GET', '/api/v1/' + kind + '/' + id);
  const patch = {};
  for (const field of new Set([...Object.keys(state), ...Object.keys(current.json)])) {
    const value = field in state ? state[field] : null;
    if (!READ_ONLY.has(field) && valueText(value) !== valueText(current.json[field])) patch[field] = value;
  }
  if (!Object.keys(patch).length) return say('当前内容与该版本相同。');
  const answer = await api('PATCH', '/api/v1/' + kind + '/' + id, patch,
    { 'Content-Type': 'application/merge-patch+json; charset=utf-8', 'If-Match': current.etag });
  say(answer.status === 200 ? '已恢复到第 ' + revision + ' 版（作为一次新的修改）。' : problemText(answer));
  if (answer.status === 200) await history(kind, id);
}

// ---- 市民反馈 ----

async function reports() {
  const open = await openReports();
  show('reports', el('h2', {}, '市民反馈'),
    open.length ? null : el('p', { class: 'message' }, '没有待处理的反馈。'),
    open.map(report => {
      const id = 'r-' + report.id;
      return el('article', { class: 'report', 'data-id': report.id },
        el('h3', {}, (KINDS[report.kind + 's'] || report.kind) + '「' + report.recordId + '」：' + (PROBLEMS[report.problem] || report.problem)),
        el('p', { class: 'report-text' }, report.text || ''),
        el('p', {}, '收到于 ' + when(report.createdAt)),
        el('form', { onsubmit: async event => {
          event.preventDefault();
          const answer = await api('POST', '/api/v1/reports/' + report.id + '/close',
            { resolution: document.getElementById(id).value });
          say(answer.status === 200 ? '已关闭反馈。' : problemText(answer));
          if (answer.status === 200) { await badge(); await reports(); }
        } },
          el('div', { class: 'field' }, el('label', { for: id }, '处理结果'),
            el('textarea', { id, rows: '2', required: true, maxlength: '500' })),
          el('button', { type: 'submit', class: 'primary close-report' }, '关闭反馈')));
    }));
}

// ---- 导入表格 ----

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROW_ACTIONS = { create: '新增', update: '修改', unchanged: '不变', error: '有错误' };
/** A preview may hold 50,000 rows; the page shows the first ones (errors come first). */
const PREVIEW_ROWS = 500;

function importSheet() {
  const input = el('input', { type: 'file', id: 'import-file', accept: '.xlsx,.csv,text/csv,' + XLSX });
  show('import', el('h2', {}, '导入表格'),
    el('p', {}, '上传本机构的 Excel 表格（.xlsx）或 CSV 文件：先看预览——每一行是新增、修改、不变还是有错误——确认后再一次性应用。'
      + '应用之前什么都不会改变。'),
    el('p', {}, el('a', { href: '/api/v1/imports/template.xlsx', id: 'template' }, '下载表格模板'),
      '（已填好本机构现有的条目，改好后上传即可）'),
    el('form', { id: 'import-form', onsubmit: event => { event.preventDefault(); uploadSheet(input.files[0]); } },
      el('div', { class: 'field' }, el('label', { for: 'import-file' }, '表格文件（.xlsx 或 .csv）'), input),
      el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', id: 'preview' }, '上传并预览'))),
    el('div', { id: 'import-result' }));
}

async function uploadSheet(file) {
  if (!file) return say('请先选择文件。');
  say('正在读取 ' + file.name + '……');
  const csv = /\.csv$/i.test(file.name);
  const answer = await api('POST', '/api/v1/imports', file, { 'Content-Type': csv ? 'text/csv' : XLSX });
  if (answer.status !== 201) return say('无法读取这个文件：' + problemText(answer));
  say('');
  showImport('import-preview', previewOf(answer.json));
}

function showImport(state, nodes) {
  document.getElementById('import-result').replaceChildren(...nodes.filter(Boolean));
  document.getElementById('view').dataset.state = state;
}

function previewOf(preview) {
  const c = preview.counts;
  const rows = preview.rows || [];
  const cell = r => r.action === 'error'
    ? el('ul', {}, (r.errors || []).map(e => el('li', {}, (e.column ? e.column + '：' : '') + e.message)))
    : el('ul', {}, (r.changes || []).map(ch => el('li', {}, ch.column + '：' + (ch.before || '（空）') + ' → ' + (ch.after || '（空）'))));
  return [
    el('h3', { id: 'preview-heading', tabindex: '-1' }, '预览'),
    el('p', { id: 'import-counts' }, '新增 ' + c.create + ' 条，修改 ' + c.update + ' 条，不变 ' + c.unchanged + ' 条，有错误 '
      + c.error + ' 行' + (c.missing ? '；本机构另有 ' + c.missing + ' 条不在表中，保留不动' : '') + '。'),
    (preview.notices || []).length ? el('ul', { id: 'import-notices', class: 'message' },
      preview.notices.map(n => el('li', { class: n.blocking ? 'blocking' : null },
        [n.sheet, n.row ? '第 ' + n.row + ' 行' : null, n.column].filter(Boolean).join(' ') + '：' + n.message))) : null,
    el('table', { id: 'import-rows' },
      el('thead', {}, el('tr', {}, ['工作表', '行', '编号', '结果', '内容'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.slice(0, PREVIEW_ROWS).map(r => el('tr', { class: 'row-' + r.action, 'data-row': r.row },
        el('td', {}, r.sheet), el('td', {}, r.row), el('td', {}, r.id || ''),
        el('td', {}, ROW_ACTIONS[r.action] || r.action), el('td', {}, cell(r)))))),
    rows.length > PREVIEW_ROWS ? el('p', {}, '只显示前 ' + PREVIEW_ROWS + ' 行（有错误的在前），共 ' + rows.length + ' 行。') : null,
    preview.status === 'ready'
      ? el('div', { class: 'buttons' }, el('button', { type: 'button', class: 'primary', id: 'apply',
        onclick: () => applySheet(preview) }, '应用这些修改'))
      : el('p', { class: 'message error', id: 'import-blocked' }, '表格中有错误：请在 Excel 中改正标红的行，再重新上传。有错误时不能应用。'),
  ];
}

async function applySheet(preview) {
  document.getElementById('apply').disabled = true;
  const answer = await api('POST', '/api/v1/imports/' + encodeURIComponent(preview.id) + '/apply');
  if (answer.status !== 200) {
    document.getElementById('apply').disabled = false;
    return say('没有应用：' + problemText(answer));
  }
  const a = answer.json;
  say('已应用：新增 ' + a.created + ' 条，修改 ' + a.updated + ' 条，停用 ' + a.retired + ' 条。');
  showImport('import-applied', [el('p', { class: 'message', id: 'import-done' }, '已于 ' + when(a.appliedAt)
    + ' 应用：新增 ' + a.created + ' 条，修改 ' + a.updated + ' 条，停用 ' + a.retired + ' 条，不变 ' + a.unchanged
    + ' 条。每条修改都记在历史中，修改人是 ' + a.appliedBy + '。'),
    el('div', { class: 'buttons' }, el('button', { type: 'button', onclick: () => go('#/') }, '回到我的条目'))]);
}

// ---- 管理 ----

async function admin() {
  const [conflicts, organizations] = await Promise.all([api('GET', '/api/v1/admin/conflicts'),
    api('GET', '/api/v1/organizations?size=100')]);
  const orgs = (organizations.json || {}).items || [];
  const children = parent => orgs.filter(o => (o.parent || null) === parent)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const tree = parent => {
    const list = children(parent);
    return list.length ? el('ul', {}, list.map(o => el('li', {}, o.name + '（' + o.id + '）', tree(o.id)))) : null;
  };
  const items = Array.isArray(conflicts.json) ? conflicts.json : (conflicts.json || {}).items || [];
  show('admin', el('h2', {}, '管理'),
    el('h3', {}, 'data/ 与编辑台修改的冲突'),
    items.length ? el('ul', { id: 'conflicts' }, items.map(c => el('li', {}, c.file + ' · ' + c.recordId + '：' + c.message)))
      : el('p', {}, '没有冲突。'),
    el('h3', {}, '机构树'), el('div', { class: 'tree', id: 'org-tree' }, tree(null)),
    el('div', { class: 'buttons' }, el('button', { type: 'button', onclick: () => mine(true) }, '查看全部条目')));
}

// ---- 导航 ----

async function badge() {
  const open = await openReports();
  const node = document.getElementById('badge');
  node.textContent = String(open.length);
  node.hidden = open.length === 0;
  node.setAttribute('aria-label', open.length + ' 条待处理');
}

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

async function route() {
  if (!session.editor) return;
  const parts = (location.hash || '#/').slice(2).split('/');
  for (const link of document.querySelectorAll('nav a')) link.removeAttribute('aria-current');
  const current = { '': 'nav-mine', reports: 'nav-reports', import: 'nav-import', admin: 'nav-admin' }[parts[0]];
  if (current) document.getElementById(current).setAttribute('aria-current', 'page');
  try {
    if (parts[0] === 'edit') await edit(parts[1], parts[2]);
    else if (parts[0] === 'history') await history(parts[1], parts[2]);
    else if (parts[0] === 'reports') await reports();
    else if (parts[0] === 'import') importSheet();
    else if (parts[0] === 'admin' && session.editor.admin) await admin();
    else await mine(false);
  } catch (e) {
    if (!(e instanceof SessionEnded)) show('error', el('p', { class: 'message error' }, '网络连接出错，请稍后再试。'));
  }
}

function signedOut(message) {
  session = { signInConfigured: true };
  document.getElementById('nav').hidden = true;
  say(message || '');
  show('signed-out', el('h2', {}, '请先登录'),
    el('p', {}, '各机构的编辑用统一身份认证平台的账号登录，修改本机构的条目。'),
    el('p', {}, el('a', { href: '/console/login', id: 'login', class: 'login' }, '登录')));
}

async function start() {
  const answer = await api('GET', '/console/session');
  session = answer.json || {};
  if (!session.signInConfigured) {
    return show('unconfigured', el('h2', {}, '尚未配置登录'),
      el('p', { class: 'message' }, '本服务没有连接统一身份认证平台，编辑台暂不能使用。市民查询不受影响。'));
  }
  if (!session.editor) return signedOut(null);
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-admin').hidden = !session.editor.admin;
  const org = session.editor.organizationId
    ? await api('GET', '/api/v1/organizations/' + encodeURIComponent(session.editor.organizationId)) : null;
  document.getElementById('who').textContent = session.editor.name + (session.editor.admin ? '（管理员）'
    : org ? '（' + (org.status === 200 ? org.json.name : session.editor.organizationId) + '）' : '');
  window.addEventListener('hashchange', route);
  await badge();
  await route();
}

start().catch(e => { if (!(e instanceof SessionEnded)) throw e; });
