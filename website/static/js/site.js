/*
 * The site's own script: progressive enhancement only. Every page and form
 * works without this file.
 *
 * 1. Search boxes with data-suggest-url suggest results as you type, from the
 *    search's own JSON (?format=json&suggest=1), as an ARIA combobox.
 * 2. The library form updates its results as soon as a filter or the sort
 *    changes, keeping the state in the URL so links and Back still work.
 * 3. A form sent back with errors puts the focus on its error summary, so a
 *    screen reader reads the problems first and Tab goes to their links.
 * 4. Escape closes the menu (a <details>) and gives the focus back to its
 *    button.
 */
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var MAX_SUGGESTIONS = 6;

    function debounce(fn, wait) {
        var timer;
        return function () {
            var args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () { fn.apply(null, args); }, wait);
        };
    }

    function enhanceSuggestions(box, index) {
        var input = box.querySelector("input[type=search]");
        var url = box.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch) { return; }

        var listId = "suggestions-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggestions");
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        box.appendChild(list);
        box.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var options = [];
        var active = -1;
        var latest = 0;

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            options = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(position) {
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === position ? "true" : "false");
            });
            active = position;
            if (position >= 0) {
                input.setAttribute("aria-activedescendant", options[position].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(results) {
            close();
            results.slice(0, MAX_SUGGESTIONS).forEach(function (result, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = result.url;
                var title = document.createElement("span");
                title.className = "suggestions__title";
                title.textContent = result.title;
                var kind = document.createElement("span");
                kind.className = "suggestions__kind";
                kind.textContent = result.type;
                option.appendChild(title);
                option.appendChild(document.createTextNode(" "));
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = result.url;
                });
                list.appendChild(option);
                options.push(option);
            });
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
            status.textContent = options.length
                ? options.length + " suggestion" + (options.length === 1 ? "" : "s") + ", use the up and down arrows to choose"
                : "";
        }

        var fetchSuggestions = debounce(function (value) {
            var request = ++latest;
            var target = url + "?q=" + encodeURIComponent(value) + "&format=json&suggest=1";
            fetch(target, { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                .then(function (data) { if (request === latest) { show(data.results || []); } })
                .catch(close);
        }, 200);

        input.addEventListener("input", function () {
            var value = input.value.trim();
            if (value.length < MIN_LENGTH) { latest++; close(); return; }
            fetchSuggestions(value);
        });
        input.addEventListener("keydown", function (event) {
            if (!options.length) { return; }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight((active + 1) % options.length);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active <= 0 ? options.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = options[active].dataset.url;
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 150); });
    }

    function enhanceLibrary(form) {
        if (!window.fetch || !window.history || !window.DOMParser) { return; }
        var live = document.createElement("div");
        live.className = "visually-hidden";
        live.setAttribute("aria-live", "polite");
        form.appendChild(live);
        form.classList.add("library--live");

        function load(url, push, focusId) {
            fetch(url, { credentials: "same-origin" })
                .then(function (response) { return response.text(); })
                .then(function (html) {
                    var doc = new DOMParser().parseFromString(html, "text/html");
                    ["library-facets", "library-results", "library-filter-count"].forEach(function (id) {
                        var fresh = doc.getElementById(id);
                        var current = document.getElementById(id);
                        if (fresh && current) { current.innerHTML = fresh.innerHTML; }
                    });
                    document.title = doc.title;
                    if (push) { window.history.pushState({ library: true }, "", url); }
                    var statusNode = document.getElementById("search-status");
                    live.textContent = statusNode ? statusNode.textContent.replace(/\s+/g, " ").trim() : "";
                    var focus = focusId && document.getElementById(focusId);
                    if (focus) { focus.focus(); }
                })
                .catch(function () { window.location.href = url; });
        }

        function currentUrl() {
            var params = new URLSearchParams();
            new FormData(form).forEach(function (value, key) {
                if (value !== "") { params.append(key, value); }
            });
            var query = params.toString();
            return form.getAttribute("action") + (query ? "?" + query : "");
        }

        form.addEventListener("change", function (event) {
            var target = event.target;
            if (target.type === "checkbox" || target.tagName === "SELECT") {
                load(currentUrl(), true, target.id);
            }
        });
        window.addEventListener("popstate", function () { load(window.location.href, false); });
    }

    function focusErrorSummary() {
        var summary = document.getElementById("error-summary");
        if (!summary) { return; }
        if (!summary.hasAttribute("tabindex")) { summary.setAttribute("tabindex", "-1"); }
        summary.focus();
    }

    function enhanceMenu(menu) {
        menu.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && menu.open) {
                menu.open = false;
                menu.querySelector("summary").focus();
            }
        });
    }

    document.querySelectorAll(".search-box[data-suggest-url]").forEach(enhanceSuggestions);
    var library = document.getElementById("library");
    if (library) { enhanceLibrary(library); }
    document.querySelectorAll(".site-menu").forEach(enhanceMenu);
    focusErrorSummary();
})();
