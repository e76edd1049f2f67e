/* 市民查询页 (citizen page): the search box, place picker and number check, over the public /api/v1 only. */
(function () {
  "use strict";

  var API = "/api/v1";
  var CITY = "411000";
  var PLACE_KEY = "xuchang-directory.place";
  var TIMEOUT_MS = 15000;
  var REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

  var byId = function (id) { return document.getElementById(id); };
  var ui = {
    modeLookup: byId("mode-lookup"),
    modeNumber: byId("mode-number"),
    lookupForm: byId("lookup-form"),
    numberForm: byId("number-form"),
    q: byId("q"),
    county: byId("county"),
    town: byId("town"),
    placeNote: byId("place-note"),
    number: byId("number"),
    results: byId("results"),
    heading: byId("results-heading"),
    status: byId("status"),
    body: byId("results-body"),
    nearbyButton: byId("nearby-find"),
    nearbyStatus: byId("nearby-status"),
    nearbyList: byId("nearby-list")
  };

  // The place the picker shows and the next search sends: a region code, or "" for the whole city.
  var picked = "";
  var townsByCounty = {};
  var countiesLoaded = null;
  // Each request takes a ticket; an answer arriving after a newer request was made is dropped.
  var ticket = 0;

  // ---- Small helpers: every text from the API goes through textContent, never innerHTML ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function line(className, label, value) {
    var p = el("p", className);
    p.appendChild(el("span", "label", label));
    p.appendChild(document.createTextNode(String(value)));
    return p;
  }

  // A tel: link only for a tel: URI; anything else from the data is shown as plain text.
  function telLink(number, tel, className) {
    if (typeof tel === "string" && /^tel:[+0-9]+$/.test(tel)) {
      var a = el("a", className, number);
      a.href = tel;
      a.setAttribute("aria-label", "拨打 " + number);
      return a;
    }
    return el("span", className, number);
  }

  // localStorage may be missing or forbidden (private mode, cookies blocked): the page works without it.
  var storage = {
    get: function () {
      try {
        var code = window.localStorage.getItem(PLACE_KEY) || "";
        return REGION_CODE.test(code) ? code : "";
      } catch (e) {
        return "";
      }
    },
    set: function (code) {
      try {
        if (code) window.localStorage.setItem(PLACE_KEY, code);
        else window.localStorage.removeItem(PLACE_KEY);
      } catch (e) {
        // Not remembered on this device; the choice still holds for this visit.
      }
    }
  };

  // ---- The public API ----

  function getJson(path) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
    return fetch(API + path, {
      headers: { Accept: "application/json, application/problem+json" },
      credentials: "omit",
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        return { ok: response.ok, status: response.status, body: body };
      });
    }).finally(function () {
      if (timer) clearTimeout(timer);
    });
  }

  function query(params) {
    var search = new URLSearchParams();
    Object.keys(params).forEach(function (key) {
      if (params[key]) search.set(key, params[key]);
    });
    return search.toString();
  }

  // ---- The address bar holds what is shown: /?q=…&region=… or /?number=… ----

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    if (params.has("number")) {
      return { mode: "number", number: (params.get("number") || "").trim() };
    }
    var region = (params.get("region") || "").trim();
    return { mode: "lookup", q: (params.get("q") || "").trim(), region: REGION_CODE.test(region) ? region : "" };
  }

  function addressOf(state) {
    var search = state.mode === "number"
      ? "number=" + encodeURIComponent(state.number || "")
      : query({ q: state.q, region: state.region });
    return window.location.pathname + (search ? "?" + search : "");
  }

  function go(state) {
    var address = addressOf(state);
    var current = window.location.pathname + window.location.search;
    if (address === current) window.history.replaceState(null, "", address);
    else window.history.pushState(null, "", address);
  }

  // ---- Modes ----

  function setMode(mode) {
    var number = mode === "number";
    ui.lookupForm.hidden = number;
    ui.numberForm.hidden = !number;
    ui.modeLookup.setAttribute("aria-pressed", String(!number));
    ui.modeNumber.setAttribute("aria-pressed", String(number));
  }

  function switchMode(mode) {
    var state = mode === "number" ? { mode: "number", number: "" } : { mode: "lookup", q: "", region: "" };
    go(state);
    setMode(mode);
    clearResults();
    (mode === "number" ? ui.number : ui.q).focus();
  }

  // ---- Place picker: county, then township; remembered on the device ----

  function fillSelect(select, firstText, regions) {
    select.textContent = "";
    var first = el("option", null, firstText);
    first.value = "";
    select.appendChild(first);
    regions.forEach(function (region) {
      var option = el("option", null, region.name);
      option.value = region.code;
      select.appendChild(option);
    });
  }

  function regionsUnder(parent) {
    return getJson("/regions?" + query({ parent: parent, size: "200" })).then(function (answer) {
      if (!answer.ok || !answer.body || !Array.isArray(answer.body.items)) throw new Error("regions " + answer.status);
      return answer.body.items.filter(function (r) { return r && REGION_CODE.test(r.code) && r.name; });
    });
  }

  function showPlaceNote(text) {
    ui.placeNote.textContent = text;
  }

  function loadCounties() {
    countiesLoaded = regionsUnder(CITY).then(function (counties) {
      fillSelect(ui.county, "全市（不限）", counties);
    }).catch(function () {
      showPlaceNote("地点列表暂时没能载入。可以直接在查询里写上地名，如「禹州 创业贷款」。");
    });
    return countiesLoaded;
  }

  function loadTowns(county) {
    if (!county) {
      fillSelect(ui.town, "请先选县（市、区）", []);
      ui.town.disabled = true;
      return Promise.resolve();
    }
    var towns = townsByCounty[county] || (townsByCounty[county] = regionsUnder(county));
    return towns.then(function (list) {
      if (ui.county.value !== county) return;
      fillSelect(ui.town, "全部乡镇（不限）", list);
      ui.town.disabled = false;
    }).catch(function () {
      delete townsByCounty[county];
      fillSelect(ui.town, "乡镇列表没能载入", []);
      ui.town.disabled = true;
    });
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  // Shows a region in the picker (the county part, then the township part, as far as the lists have it).
  function showPlace(code) {
    picked = code || "";
    return (countiesLoaded || Promise.resolve()).then(function () {
      var county = picked.slice(0, 6);
      ui.county.value = hasOption(ui.county, county) ? county : "";
      return loadTowns(ui.county.value);
    }).then(function () {
      var town = picked.slice(0, 9);
      if (picked.length >= 9 && hasOption(ui.town, town)) ui.town.value = town;
      // Once the lists are there, the next search sends what the picker shows, not a code it cannot show.
      if (ui.county.options.length > 1) picked = ui.town.value || ui.county.value;
    });
  }

  function onCountyChange() {
    picked = ui.county.value;
    storage.set(picked);
    loadTowns(picked);
  }

  function onTownChange() {
    picked = ui.town.value || ui.county.value;
    storage.set(picked);
  }

  // ---- Results ----

  function clearResults() {
    ticket++;
    ui.results.setAttribute("data-state", "idle");
    ui.results.removeAttribute("aria-busy");
    ui.heading.hidden = true;
    ui.status.textContent = "";
    ui.body.textContent = "";
  }

  function startLoading() {
    ui.results.setAttribute("data-state", "loading");
    ui.results.setAttribute("aria-busy", "true");
    ui.heading.hidden = true;
    ui.status.textContent = "正在查询…";
    ui.body.textContent = "";
    ui.body.appendChild(el("p", "loading", "正在查询…"));
    return ++ticket;
  }

  function finish(mine, status, content, state) {
    if (mine !== ticket) return false;
    ui.heading.hidden = false;
    ui.body.textContent = "";
    ui.body.appendChild(content);
    ui.status.textContent = status;
    ui.results.setAttribute("data-state", state || "done");
    ui.results.removeAttribute("aria-busy");
    return true;
  }

  function message(kind, text, extra) {
    var box = el("div", "message " + kind);
    box.appendChild(el("p", null, text));
    if (extra) box.appendChild(el("p", null, extra));
    return box;
  }

  function failure(answer, invalidText) {
    var errors = answer.body && Array.isArray(answer.body.errors) ? answer.body.errors : [];
    if (answer.status === 400 && errors.some(function (e) { return e && e.field === "region"; })) {
      invalidText = "所选地点无效，请重新选择地点。";
    }
    if (answer.status === 400) {
      return { status: invalidText, box: message("invalid", invalidText), state: "error" };
    }
    var text = "服务暂时出了问题（错误 " + answer.status + "），请稍后再试。";
    return { status: text, box: message("server-error", text, "急事可拨打 12345 政务服务便民热线。"), state: "error" };
  }

  function networkFailure(retry) {
    var box = message("network-error", "网络连接出错，没能查询。请检查网络后再试。");
    var again = el("button", "secondary", "重试");
    again.type = "button";
    again.addEventListener("click", retry);
    box.appendChild(again);
    return box;
  }

  // Who answers: the desk of the region, said plainly when it is the desk of a higher region.
  function deskText(answer, place) {
    var desk = answer.answeredBy;
    if (answer.scope === "nationwide") return "全国统一号码";
    if (!desk || !desk.name) return "";
    if (answer.kind === "organization") return "所在地区：" + desk.name;
    var by = desk.level === "city" ? "由市级窗口受理（" + desk.name + "）" : "由" + desk.name + "受理";
    if (!answer.fallback) return by;
    var here = place && place.region && place.region.name ? place.region.name : "本地";
    return here + "没有专门窗口，" + by;
  }

  // "2023-11" → "2023年11月"; "2026-03-02" → "2026年3月2日".
  function chineseDate(iso) {
    var parts = String(iso).split("-").map(function (n) { return parseInt(n, 10); });
    if (parts.some(isNaN)) return "";
    return parts[0] + "年" + (parts[1] ? parts[1] + "月" : "") + (parts[2] ? parts[2] + "日" : "");
  }

  // Where a record comes from, as a citizen cites it, and how sure it is: printed in a dated public notice,
  // or confirmed by phone on a given day. The repository path of the source field never reaches the page.
  function recordLines(item, record) {
    var cited = record.citation;
    if (cited && cited.text) item.appendChild(line("source", "来源：", cited.text));
    if (cited && cited.date) item.appendChild(line("source-date", "信息来源日期 ", chineseDate(cited.date)));
    var trust;
    if (record.lastVerified) trust = "已电话核实：" + chineseDate(record.lastVerified);
    else if (cited && cited.date && cited.publication) trust = "据" + cited.publication + chineseDate(cited.date) + "刊登";
    else if (cited) trust = "摘自网上公开资料，尚未电话核实";
    if (trust) item.appendChild(el("p", "verified" + (record.lastVerified ? " confirmed" : ""), trust));
  }

  // ---- 号码不对？告诉我们: a short report form under an answer, posted to /api/v1/reports ----

  var PROBLEMS = [
    ["wrong_number", "号码不对（空号，或不是这个单位）"],
    ["no_answer", "打了没人接"],
    ["moved", "地址或窗口变了"],
    ["other", "其他问题"]
  ];
  var reportCount = 0;

  function postJson(path, body) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
    return fetch(API + path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json, application/problem+json" },
      credentials: "omit",
      body: JSON.stringify(body),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { ok: response.ok, status: response.status, body: json, retryAfter: response.headers.get("Retry-After") };
      });
    }).finally(function () {
      if (timer) clearTimeout(timer);
    });
  }

  // What a report is about: the record itself, or for an online channel the office that answers it.
  function reportTarget(record) {
    if (record.kind === "hotline" || record.kind === "window" || record.kind === "organization") {
      return { kind: record.kind, id: record.id };
    }
    if (record.organization && record.organization.id) return { kind: "organization", id: record.organization.id };
    return null;
  }

  function reportFailureText(answer) {
    if (answer.status === 429) {
      var seconds = parseInt(answer.retryAfter, 10);
      return "提交太频繁，请" + (seconds > 0 ? " " + seconds + " 秒后" : "稍后") + "再试。";
    }
    if (answer.status === 400) return "提交的内容不对，请检查后再试。";
    return "没能提交（错误 " + answer.status + "），请稍后再试。急事可拨打 12345 政务服务便民热线。";
  }

  function reportForm(target, title, close) {
    var n = ++reportCount;
    var form = el("form", "report-form");
    form.id = "report-form-" + n;
    form.noValidate = true;
    form.setAttribute("aria-label", "报告问题：" + title);
    var set = el("fieldset", "report-problems");
    set.appendChild(el("legend", null, "哪里不对？"));
    PROBLEMS.forEach(function (p, i) {
      var label = el("label", "choice");
      var radio = el("input");
      radio.type = "radio";
      radio.name = "problem";
      radio.value = p[0];
      radio.id = "report-" + n + "-" + i;
      label.htmlFor = radio.id;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(p[1]));
      set.appendChild(label);
    });
    form.appendChild(set);
    var textId = "report-text-" + n;
    var textLabel = el("label", "field-label small", "补充说明（可不填）");
    textLabel.htmlFor = textId;
    form.appendChild(textLabel);
    var hint = el("p", "hint", "最多 500 字。请不要写姓名、身份证号等个人信息。");
    hint.id = textId + "-hint";
    form.appendChild(hint);
    var text = el("textarea");
    text.id = textId;
    text.name = "text";
    text.rows = 3;
    text.maxLength = 500;
    text.setAttribute("aria-describedby", hint.id);
    form.appendChild(text);
    var outcome = el("p", "report-outcome");
    outcome.setAttribute("role", "status");
    outcome.setAttribute("aria-live", "polite");
    var buttons = el("div", "report-buttons");
    var send = el("button", "primary", "提交");
    send.type = "submit";
    var cancel = el("button", "secondary", "取消");
    cancel.type = "button";
    cancel.addEventListener("click", function () { close(true); });
    buttons.appendChild(send);
    buttons.appendChild(cancel);
    form.appendChild(buttons);
    form.appendChild(outcome);

    function say(kind, words) {
      outcome.className = "report-outcome " + kind;
      outcome.textContent = words;
    }

    // A choice made answers 「请先选择哪里不对」: the reminder goes.
    set.addEventListener("change", function () {
      if (outcome.classList.contains("invalid")) say("", "");
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input[name=problem]:checked");
      if (!chosen) {
        say("invalid", "请先选择哪里不对。");
        form.querySelector("input[name=problem]").focus();
        return;
      }
      send.disabled = true;
      say("sending", "正在提交…");
      var body = { kind: target.kind, id: target.id, problem: chosen.value };
      if (text.value.trim()) body.text = text.value.trim();
      postJson("/reports", body).then(function (answer) {
        if (answer.ok && answer.body && answer.body.id) {
          var done = el("div", "report-done");
          done.setAttribute("role", "status");
          done.setAttribute("tabindex", "-1");
          done.appendChild(el("p", "report-thanks", "谢谢，已经收到，我们会尽快核实。"));
          var ref = el("p", "report-reference");
          ref.appendChild(document.createTextNode("受理编号："));
          ref.appendChild(el("strong", null, String(answer.body.id).slice(0, 8).toUpperCase()));
          ref.setAttribute("data-report-id", answer.body.id);
          done.appendChild(ref);
          form.replaceWith(done);
          done.focus();
          return;
        }
        send.disabled = false;
        say("error", reportFailureText(answer));
      }, function () {
        send.disabled = false;
        say("error", "网络连接出错，没能提交。请检查网络后再试。");
      });
    });
    return form;
  }

  // The 「号码不对？告诉我们」 button of an answer, opening its form below it.
  function reportAction(item, record) {
    var target = reportTarget(record);
    if (!target) return;
    var box = el("div", "report");
    var open = el("button", "report-open", "号码不对？告诉我们");
    open.type = "button";
    open.setAttribute("aria-expanded", "false");
    box.appendChild(open);
    var form = null;
    function close(refocus) {
      if (form && form.parentNode) form.remove();
      form = null;
      open.setAttribute("aria-expanded", "false");
      if (refocus) open.focus();
    }
    open.addEventListener("click", function () {
      if (form) return close(false);
      form = reportForm(target, record.label || record.number || "", close);
      open.setAttribute("aria-controls", form.id);
      open.setAttribute("aria-expanded", "true");
      box.appendChild(form);
      form.querySelector("input[name=problem]").focus();
    });
    item.appendChild(box);
  }

  // 开放时间 (opening hours) as one line: 「今天 8:30–12:00、14:30–17:30，现在开放」, 「今天休息（国庆节、中秋节），
  // 10月9日 8:30 开放」; unknown hours are said to be unknown, never guessed.
  function periodText(p) {
    return String(p.from).replace(/^0/, "") + "–" + p.to;
  }

  function nextOpenText(iso, today) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || "");
    if (!m) return "";
    var time = String(Number(m[4])) + ":" + m[5];
    var date = m[1] + "-" + m[2] + "-" + m[3];
    return (date === today ? "今天 " : Number(m[2]) + "月" + Number(m[3]) + "日 ") + time + " 开放";
  }

  function hoursText(answer) {
    if (answer.kind !== "window" && answer.kind !== "hotline") return null;
    // A window whose hours no source gives: say so before the citizen travels; a number can simply be tried.
    return openText(answer.hours, answer.open, answer.kind === "window" ? "开放时间未知，请先电话咨询" : null);
  }

  function openText(hours, open, unknown) {
    if (!hours || !open) return unknown;
    var periods = (open.todayPeriods || []).map(periodText).join("、");
    var next = nextOpenText(open.nextOpen, open.today);
    var text;
    if (open.openNow) text = "今天 " + periods + "，现在开放";
    else if (!periods) text = "今天休息" + (open.holiday ? "（" + open.holiday + "）" : "") + (next ? "，" + next : "");
    else text = "今天 " + periods + "，现在不开放" + (next ? "，" + next : "");
    if (!open.calendarKnown && open.note) text += "（" + open.note + "）";
    return text;
  }

  // 地图 (map): plain links that open the phone's map app; the page loads nothing from the map makers.
  function mapLinks(map, name) {
    var p = el("p", "map-links");
    p.appendChild(el("span", "label", "在地图中打开："));
    [["geo", "手机地图", /^geo:/], ["amap", "高德地图", /^https:\/\/uri\.amap\.com\//], ["baidu", "百度地图", /^baidumap:\/\//]]
      .forEach(function (link, i) {
        var href = map[link[0]];
        if (typeof href !== "string" || !link[2].test(href)) return;
        if (i > 0 && p.childNodes.length > 1) p.appendChild(document.createTextNode(" · "));
        var a = el("a", "map-" + link[0], link[1]);
        a.href = href;
        a.setAttribute("aria-label", "在" + link[1] + "中打开" + (name || ""));
        p.appendChild(a);
      });
    return p;
  }

  function answerItem(answer, place, first) {
    var item = el("li", "answer answer-" + (answer.kind || "other") + (first ? " first" : ""));
    var service = answer.service && answer.service.name;
    if (service) item.appendChild(el("p", "answer-service", service));
    item.appendChild(el("h3", "answer-label", answer.label || ""));

    if (answer.number) {
      var p = el("p", "answer-number");
      p.appendChild(telLink(answer.number, answer.tel, "tel"));
      item.appendChild(p);
    }
    if (answer.place) item.appendChild(line("answer-place", "办理地点：", answer.place));
    if (answer.address) item.appendChild(line("answer-address", "地址：", answer.address));
    if (answer.map) item.appendChild(mapLinks(answer.map, answer.place || answer.label));
    var hours = hoursText(answer);
    if (hours) item.appendChild(el("p", "answer-hours" + (answer.open && answer.open.openNow ? " open" : ""), hours));

    var desk = deskText(answer, place);
    if (desk) item.appendChild(el("p", "answer-desk" + (answer.fallback ? " fallback" : ""), desk));
    if (answer.kind !== "organization" && answer.organization && answer.organization.name) {
      item.appendChild(line("answer-organization", "单位：", answer.organization.name));
    }
    if (answer.description) item.appendChild(el("p", "answer-description", answer.description));
    recordLines(item, answer);
    reportAction(item, answer);
    return item;
  }

  function regionNames(hotline) {
    if (hotline.nationwide) return "全国";
    var names = (hotline.regions || []).map(function (r) { return r && r.name; }).filter(Boolean);
    return names.length ? names.join("、") : "";
  }

  function hotlineItem(hotline) {
    var item = el("li", "hotline");
    item.appendChild(el("h3", "hotline-label", hotline.label || hotline.number || ""));
    var organization = hotline.organization;
    if (organization && organization.name) {
      var name = organization.name + (organization.shortName ? "（" + organization.shortName + "）" : "");
      item.appendChild(line("hotline-organization", "单位：", name));
    }
    var regions = regionNames(hotline);
    if (regions) item.appendChild(line("hotline-regions", "地区：", regions));
    var services = (hotline.services || []).map(function (s) { return s && s.name; }).filter(Boolean);
    if (services.length) item.appendChild(line("hotline-services", "办理事项：", services.join("、")));
    if (hotline.status === "merged" && hotline.mergedInto) {
      var merged = el("p", "hotline-status");
      merged.appendChild(document.createTextNode("这个号码已停用，并入 "));
      merged.appendChild(telLink(hotline.mergedInto.number, hotline.mergedInto.tel, "tel-inline"));
      merged.appendChild(document.createTextNode(hotline.mergedInto.label ? "（" + hotline.mergedInto.label + "）" : ""));
      item.appendChild(merged);
    } else if (hotline.status && hotline.status !== "active") {
      item.appendChild(el("p", "hotline-status", "这个号码目前不在使用。"));
    }
    if (hotline.statusNote) item.appendChild(el("p", "hotline-note", hotline.statusNote));
    recordLines(item, hotline);
    reportAction(item, { kind: "hotline", id: hotline.id, label: hotline.label, number: hotline.number });
    return item;
  }

  // What the directory knows of a number: official and whose, or plainly not in the directory.
  function numberBlock(found) {
    var block = el("div", "number-check");
    var shown = found.number || found.query || "";
    if (found.listed && Array.isArray(found.hotlines) && found.hotlines.length) {
      var verdict = el("p", "verdict listed");
      verdict.appendChild(el("strong", null, shown));
      verdict.appendChild(document.createTextNode(" 是本目录收录的官方号码："));
      block.appendChild(verdict);
      var list = el("ul", "hotlines");
      found.hotlines.forEach(function (h) { list.appendChild(hotlineItem(h)); });
      block.appendChild(list);
    } else {
      var unlisted = el("p", "verdict unlisted");
      unlisted.appendChild(el("strong", null, shown));
      unlisted.appendChild(document.createTextNode(" 不在本目录中，无法确认是官方号码。"));
      block.appendChild(unlisted);
      block.appendChild(el("p", "advice",
        "如果对方自称政府部门，不要转账，不要说出验证码；可以挂断后拨打 12345 政务服务便民热线核实。"));
    }
    return block;
  }

  // A phone opens the .vcf file and offers to add the desks of the place to its contacts.
  function contactsLink(region) {
    var p = el("p", "save-contacts");
    var a = el("a", null, "把" + region.name + "的办事电话存到手机通讯录");
    a.setAttribute("href", API + "/contacts/" + encodeURIComponent(region.code) + ".vcf");
    a.setAttribute("download", region.name + "办事电话.vcf");
    p.appendChild(a);
    return p;
  }

  function placeSummary(data, state) {
    var region = data.place && data.place.region;
    if (!region || !region.name) return "";
    var former = data.place.formerName;
    if (former && former.label) return "地点：" + former.label;
    if (state.region && region.code === state.region) return "地点：" + region.name + "（您选的地点）";
    if (region.code === CITY && data.place.text === region.name) return "地点：全市";
    return "地点：" + region.name;
  }

  // A place outside the directory's area: said first and plainly, so no number below reads as a local desk there.
  function outsideNote(outside, found) {
    var box = el("div", "message outside-area");
    box.appendChild(el("p", "outside-title", outside.text + "不在本目录范围内。"));
    box.appendChild(el("p", null, found
      ? "本目录只收录许昌市的办事电话。下面是全国通用的号码，在" + outside.name + "也能打。"
      : "本目录只收录许昌市的办事电话。"));
    box.appendChild(el("p", null, outside.name + "当地的办事电话，可拨打 12345 政务服务便民热线询问。"));
    return box;
  }

  // A former name (许昌县): the answer is for the place it is now, said with the year it changed.
  function formerNameNote(former, region) {
    var year = former.changed ? String(former.changed).slice(0, 4) + "年" : "";
    var now = region && region.name ? region.name : "";
    return el("p", "message former-name", former.name + (year ? "已于" + year : "已") + "改名为" + now + "，下面是" + now + "的电话。");
  }

  // Resolves to the content to show and the words for screen readers.
  function lookupContent(state) {
    return getJson("/lookup?" + query({ q: state.q, region: state.region })).then(function (answer) {
      if (!answer.ok || !answer.body) {
        return failure(answer, "查询内容不对：请输入要办的事，不超过 100 个字。");
      }
      var data = answer.body;
      var answers = Array.isArray(data.answers) ? data.answers : [];
      var content = document.createDocumentFragment();
      var summary = el("p", "summary");
      var found = answers.length ? "，找到 " + answers.length + " 条" : "";
      summary.appendChild(document.createTextNode("查询「" + (data.query || state.q) + "」" + found));
      var where = placeSummary(data, state);
      if (where) summary.appendChild(el("span", "summary-place", where));
      content.appendChild(summary);
      var outside = data.outsideArea;
      if (outside && outside.name) content.appendChild(outsideNote(outside, answers.length));
      var former = data.place && data.place.formerName;
      if (former && former.label) content.appendChild(formerNameNote(former, data.place.region));
      if (data.number) content.appendChild(numberBlock(data.number));

      if (answers.length) {
        var list = el("ol", "answers");
        answers.forEach(function (a, i) { list.appendChild(answerItem(a, data.place, i === 0)); });
        content.appendChild(list);
        var saveFrom = !outside && data.place && data.place.region;
        if (saveFrom && saveFrom.code) content.appendChild(contactsLink(saveFrom));
        var top = answers[0];
        var lead = outside && outside.name ? outside.text + "不在本目录范围内，以下是全国通用号码。" : "";
        return { status: lead + "找到 " + answers.length + " 条" + (top.number ? "，第一条电话 " + top.number : "") + "。", box: content };
      }
      if (data.number) {
        return { status: data.number.listed ? "这是本目录收录的官方号码。" : "这个号码不在本目录中。", box: content };
      }
      content.appendChild(message("no-results", "没有找到相关的电话或窗口。",
        "请换个说法再试，比如只写事项名称（如「创业贷款」）；也可以拨打 12345 政务服务便民热线咨询。"));
      return { status: "没有找到相关的电话或窗口。", box: content };
    });
  }

  function numberContent(state) {
    var invalid = "「" + state.number + "」不是有效的电话号码。请输入如 0374-8297716 或 12345 这样的号码。";
    if (!/[0-9０-９]/.test(state.number)) {
      return Promise.resolve({ status: invalid, box: message("invalid", invalid), state: "error" });
    }
    return getJson("/numbers/" + encodeURIComponent(state.number)).then(function (answer) {
      if (!answer.ok || !answer.body) return failure(answer, invalid);
      var found = answer.body;
      return { status: found.listed ? "这是本目录收录的官方号码。" : "这个号码不在本目录中。", box: numberBlock(found) };
    });
  }

  // Asks the API and shows the answer; after a search the person made, brings the answer into view.
  function run(state, asked) {
    var mine = startLoading();
    var content = state.mode === "number" ? numberContent(state) : lookupContent(state);
    return content.then(function (shown) {
      return finish(mine, shown.status, shown.box, shown.state);
    }, function () {
      var retry = function () { run(state, true); };
      return finish(mine, "网络连接出错，没能查询。", networkFailure(retry), "error");
    }).then(function (current) {
      if (!current) return;
      if (asked) ui.heading.focus({ preventScroll: true });
      // On a phone the form fills the first screen: scroll just enough to show the answer.
      ui.results.scrollIntoView({ block: "nearest" });
    });
  }

  // ---- Showing a state: from the address on load and on back/forward, or from a form ----

  function show(state, asked) {
    setMode(state.mode);
    if (state.mode === "number") {
      ui.number.value = state.number;
      return state.number ? run(state, asked) : clearResults();
    }
    ui.q.value = state.q;
    if (state.region) showPlace(state.region);
    return state.q ? run(state, asked) : clearResults();
  }

  function blankQuery(input, text) {
    clearResults();
    ui.body.appendChild(message("invalid", text));
    ui.status.textContent = text;
    ui.results.setAttribute("data-state", "error");
    input.focus();
  }

  ui.lookupForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = ui.q.value.trim();
    if (!q) return blankQuery(ui.q, "请先输入要办的事，例如「创业贷款」。");
    var state = { mode: "lookup", q: q, region: picked };
    go(state);
    show(state, true);
  });

  ui.numberForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var number = ui.number.value.trim();
    if (!number) return blankQuery(ui.number, "请先输入或粘贴一个号码。");
    var state = { mode: "number", number: number };
    go(state);
    show(state, true);
  });

  ui.modeLookup.addEventListener("click", function () { switchMode("lookup"); });
  ui.modeNumber.addEventListener("click", function () { switchMode("number"); });
  ui.county.addEventListener("change", onCountyChange);
  ui.town.addEventListener("change", onTownChange);

  window.addEventListener("popstate", function () {
    var state = readAddress();
    if (state.mode === "lookup" && !state.region) showPlace(storage.get());
    show(state, false);
  });

  // ---- 附近的办事大厅 (the nearest centres): the browser's position, only when the citizen asks ----

  var NEAR_RADIUS = 20000;

  function distanceText(metres) {
    if (metres < 1000) return "约" + Math.max(10, Math.round(metres / 10) * 10) + "米";
    return "约" + (Math.round(metres / 100) / 10) + "公里";
  }

  function nearbyItem(location) {
    var item = el("li", "nearby-item");
    item.appendChild(el("h3", "nearby-name", location.name || ""));
    if (typeof location.distance === "number") item.appendChild(el("p", "nearby-distance", "距您" + distanceText(location.distance)));
    if (location.address) item.appendChild(line("nearby-address", "地址：", location.address));
    item.appendChild(el("p", "answer-hours" + (location.open && location.open.openNow ? " open" : ""),
      openText(location.hours, location.open, "开放时间未知，请先电话咨询")));
    if (location.map) item.appendChild(mapLinks(location.map, location.name));
    return item;
  }

  function nearbySay(text, kind) {
    ui.nearbyStatus.textContent = text;
    ui.nearbyList.textContent = "";
    if (kind) ui.nearbyList.appendChild(message(kind, text));
  }

  function findNearby() {
    if (!navigator.geolocation) return nearbySay("这个浏览器不能提供位置，请用上面的搜索。", "invalid");
    nearbySay("正在获取您的位置…");
    ui.nearbyButton.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      var c = position.coords;
      // The browser gives WGS-84, the API's default datum for near.
      getJson("/locations?" + query({ near: c.latitude.toFixed(6) + "," + c.longitude.toFixed(6),
        radius: String(NEAR_RADIUS), size: "10" })).then(function (answer) {
        ui.nearbyButton.disabled = false;
        if (!answer.ok || !answer.body) return nearbySay("没能查到附近的办事大厅，请稍后再试。", "error");
        var items = Array.isArray(answer.body.items) ? answer.body.items : [];
        if (!items.length) return nearbySay("您附近 " + NEAR_RADIUS / 1000 + " 公里内没有本目录收录位置的办事大厅。", "no-results");
        nearbySay("找到 " + items.length + " 个附近的办事大厅，最近的是" + items[0].name + "。");
        var list = el("ol", "nearby-items");
        items.forEach(function (l) { list.appendChild(nearbyItem(l)); });
        ui.nearbyList.appendChild(list);
      }, function () {
        ui.nearbyButton.disabled = false;
        nearbySay("网络连接出错，没能查询。", "error");
      });
    }, function (error) {
      ui.nearbyButton.disabled = false;
      nearbySay(error && error.code === 1 ? "没有得到您的位置（未允许定位）。可以用上面的搜索，写上您所在的乡镇。"
        : "暂时无法获取您的位置，请稍后再试，或用上面的搜索。", "invalid");
    }, { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 60000 });
  }

  ui.nearbyButton.addEventListener("click", findNearby);

  // A shared address shows its own answer; the picker starts at the place remembered on this device.
  loadCounties();
  var initial = readAddress();
  if (!initial.region) showPlace(storage.get());
  show(initial, false);
})();
