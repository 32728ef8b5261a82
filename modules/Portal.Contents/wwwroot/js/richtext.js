/*
 * Rich-text editing and media upload buttons for the admin's content forms.
 *
 * Progressive enhancement: the form works with plain textareas and URL inputs; this script, loaded
 * by the _RichTextAssets partial (no inline script, so a strict CSP can forbid them), turns
 *   - every textarea[data-richtext] into a wangEditor whose HTML is written back into the textarea,
 *     so the normal form post carries it (the server sanitizes it on save: that is the guarantee);
 *   - every input[data-media-input] into "URL + 上传图片 button + preview", and inside
 *     [data-media-attach] rows into "URL + 上传文件 button" for documents.
 * Uploads go to the Media module's /admin/media/upload, which answers in wangEditor's JSON shape.
 * Rows added later are enhanced with window.portalRichText.attach(row).
 */
(function () {
    'use strict';

    var UPLOAD_URL = '/admin/media/upload';
    var MB = 1024 * 1024;
    // Mirrors the Media module's defaults, to spare a long upload that would be refused anyway.
    var KINDS = {
        image: {
            types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
            accept: 'image/jpeg,image/png,image/gif,image/webp',
            maxBytes: 10 * MB,
            typeMessage: '只能上传 JPG、PNG、GIF 或 WebP 图片。',
            button: '上传图片'
        },
        document: {
            types: [],
            accept: '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.gif,.webp',
            maxBytes: 20 * MB,
            typeMessage: '',
            button: '上传文件'
        }
    };

    var editors = new Map(); // textarea -> editor, so attach() is idempotent and detach() can destroy

    // ---- uploading --------------------------------------------------------------------------

    function checkFile(file, kind) {
        var rule = KINDS[kind];
        if (rule.types.length > 0 && rule.types.indexOf(file.type) < 0)
            return rule.typeMessage;
        if (file.size > rule.maxBytes)
            return '“' + file.name + '”超过 ' + rule.maxBytes / MB + ' MB，不能上传。';
        return '';
    }

    // The page's antiforgery token: the Media endpoint checks it from this header.
    function antiforgeryToken(near) {
        var form = near.closest('form');
        var input = (form && form.querySelector('input[name="__RequestVerificationToken"]')) ||
            document.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }

    /** Uploads one file; resolves with the server's data ({url, alt, ...}) or rejects with a message for people. */
    async function upload(file, kind, near) {
        var problem = checkFile(file, kind);
        if (problem)
            throw new Error(problem);
        var body = new FormData();
        body.append('file', file);
        var response;
        try {
            response = await fetch(UPLOAD_URL, {
                method: 'POST',
                body: body,
                credentials: 'same-origin',
                headers: { 'RequestVerificationToken': antiforgeryToken(near), 'Accept': 'application/json' }
            });
        } catch (e) {
            throw new Error('网络连接失败，文件没有上传。');
        }
        var reply = null;
        if ((response.headers.get('Content-Type') || '').indexOf('json') >= 0)
            reply = await response.json().catch(function () { return null; });
        if (reply && reply.errno === 0 && reply.data && reply.data.url)
            return reply.data;
        if (reply && reply.message)
            throw new Error(reply.message);
        // Not the endpoint's JSON: signed out (redirected to the login page) or not allowed.
        if (response.redirected || response.status === 401 || response.status === 403)
            throw new Error('没有上传权限或登录已过期，请刷新页面后重试。');
        throw new Error('上传失败（服务器返回 ' + response.status + '），请稍后重试。');
    }

    // A message line under an editor or upload button; replaces the previous one.
    function messageBox(after) {
        var box = document.createElement('p');
        box.className = 'richtext-message';
        box.setAttribute('role', 'status');
        box.hidden = true;
        after.insertAdjacentElement('afterend', box);
        return function show(text, type) {
            box.textContent = text || '';
            box.hidden = !text;
            box.classList.toggle('is-error', type === 'error' || type === 'warning');
            box.setAttribute('role', type === 'error' ? 'alert' : 'status');
        };
    }

    // ---- Word paste -------------------------------------------------------------------------

    // Word's HTML carries mso- styles, Mso classes, o:p tags and conditional comments; the editor
    // keeps some of them as inline styles. The server strips them too; this keeps the editor tidy.
    function isWordHtml(html) {
        return /class="?Mso|mso-|urn:schemas-microsoft-com|<o:p/i.test(html);
    }

    function cleanWordHtml(html) {
        html = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '');
        // DOMParser builds an inert document: nothing in it loads or runs.
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var droppedImages = 0;
        doc.body.querySelectorAll('*').forEach(function (el) {
            if (el.tagName.indexOf(':') > 0) { // o:p, v:shape, w:sdt ...: keep the text only
                el.replaceWith.apply(el, Array.from(el.childNodes));
                return;
            }
            if (el.tagName === 'IMG' && !/^(https?:|\/)/i.test(el.getAttribute('src') || '')) {
                el.remove(); // file:// pictures on the author's disk, which no reader can load
                droppedImages++;
                return;
            }
            if (el.hasAttribute('style')) {
                var kept = el.getAttribute('style').split(';').filter(function (rule) {
                    return rule.trim() !== '' && !/^\s*mso-/i.test(rule);
                });
                if (kept.length > 0) el.setAttribute('style', kept.join(';'));
                else el.removeAttribute('style');
            }
            if (el.hasAttribute('class')) {
                var classes = Array.from(el.classList).filter(function (c) { return !/^Mso/i.test(c); });
                if (classes.length > 0) el.className = classes.join(' ');
                else el.removeAttribute('class');
            }
            el.removeAttribute('lang');
        });
        return { html: doc.body.innerHTML, droppedImages: droppedImages };
    }

    // ---- editors ----------------------------------------------------------------------------

    function labelText(textarea) {
        var label = textarea.id && document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]');
        return label ? label.textContent.trim() : '';
    }

    // wangEditor's toolbar buttons are icons whose names appear only as hover tooltips; screen readers need them as names.
    var GROUP_NAMES = { 'group-more-style': '更多样式', 'group-justify': '对齐', 'group-indent': '缩进', 'group-image': '图片', 'group-video': '视频' };

    function nameToolbar(root) {
        root.querySelectorAll('button').forEach(function (button) {
            var text = button.textContent.trim();
            if (button.hasAttribute('data-named')) {
                // Named while still empty; its own text (e.g. the heading select's 正文) now names it.
                if (text) {
                    button.removeAttribute('aria-label');
                    button.removeAttribute('data-named');
                }
                return;
            }
            if (button.getAttribute('aria-label') || text)
                return;
            var tooltip = (button.getAttribute('data-tooltip') || '').split('\n')[0].trim();
            var name = tooltip || GROUP_NAMES[button.getAttribute('data-menu-key')] || button.getAttribute('data-menu-key');
            if (name) {
                button.setAttribute('aria-label', name);
                button.setAttribute('data-named', '');
            }
        });
    }

    function createEditor(textarea) {
        var wangEditor = window.wangEditor;
        var wrapper = document.createElement('div');
        wrapper.className = 'richtext';
        var toolbarBox = document.createElement('div');
        toolbarBox.className = 'richtext-toolbar';
        var editorBox = document.createElement('div');
        editorBox.className = 'richtext-editor';
        wrapper.append(toolbarBox, editorBox);
        textarea.insertAdjacentElement('afterend', wrapper);
        var show = messageBox(wrapper);
        if (textarea.classList.contains('input-validation-error') || textarea.getAttribute('aria-invalid') === 'true')
            wrapper.classList.add('is-invalid');

        // The textarea stays in the form, hidden, as the field that is posted. A hidden required
        // field would block the post with a message nobody can see, so the server checks instead.
        textarea.hidden = true;
        textarea.required = false;

        function sync(editor) {
            textarea.value = editor.isEmpty() ? '' : editor.getHtml();
        }

        var editor = wangEditor.createEditor({
            selector: editorBox,
            html: textarea.value,
            mode: 'default',
            config: {
                placeholder: textarea.placeholder || '请输入正文……',
                readOnly: textarea.disabled || textarea.readOnly,
                autoFocus: false, // a page may have several editors; none should take the focus
                customAlert: function (info, type) { show(info, type); },
                onChange: sync,
                customPaste: function (e, event) {
                    var html = event.clipboardData && event.clipboardData.getData('text/html');
                    if (!html || !isWordHtml(html))
                        return true; // the editor's own paste handling, which has its own cleanup
                    var cleaned = cleanWordHtml(html);
                    // Still through the editor's own HTML cleanup, as its default paste does.
                    var sanitize = e.getConfig().sanitizeHtml;
                    e.dangerouslyInsertHtml(sanitize ? sanitize(cleaned.html) : cleaned.html);
                    if (cleaned.droppedImages > 0)
                        show('Word 文档中的 ' + cleaned.droppedImages + ' 张图片无法直接粘贴，请用工具栏的“上传图片”插入。', 'warning');
                    return false; // handled: the editor prevents its default paste
                },
                MENU_CONF: {
                    uploadImage: {
                        fieldName: 'file',
                        allowedFileTypes: KINDS.image.types, // also the file picker's accept list
                        maxFileSize: KINDS.image.maxBytes,
                        customUpload: async function (file, insertFn) {
                            show('正在上传“' + file.name + '”……');
                            try {
                                var data = await upload(file, 'image', textarea);
                                insertFn(data.url, data.alt || '', data.href || '');
                                show('');
                            } catch (err) {
                                show(err.message, 'error');
                            }
                        }
                    }
                }
            }
        });

        wangEditor.createToolbar({
            editor: editor,
            selector: toolbarBox,
            mode: 'default',
            config: {
                // Menus whose output the server's allow-list would drop (font size and family,
                // line height, video, to-do checkboxes), so authors are not shown effects that vanish.
                excludeKeys: ['fontSize', 'fontFamily', 'lineHeight', 'group-video', 'insertVideo', 'uploadVideo', 'todo', 'emotion', 'fullScreen']
            }
        });

        // The toolbar (and the image's hover bar) render after this and again on changes: name what appears.
        nameToolbar(wrapper);
        new MutationObserver(function () { nameToolbar(wrapper); }).observe(wrapper, { childList: true, subtree: true });

        // The editable area takes over the textarea's label for screen readers and label clicks.
        var name = labelText(textarea);
        var editable = editorBox.querySelector('[contenteditable]');
        if (editable && editable.getAttribute('role') === 'textarea') {
            // wangEditor marks it with a role ARIA does not have; a multi-line text box is what it is.
            editable.setAttribute('role', 'textbox');
            editable.setAttribute('aria-multiline', 'true');
        }
        var scroller = editorBox.querySelector('.w-e-scroll');
        if (scroller && !scroller.hasAttribute('tabindex'))
            scroller.setAttribute('tabindex', '0'); // a long text scrolls here: keyboard users must reach it
        if (editable && name)
            editable.setAttribute('aria-label', name);
        if (textarea.id) {
            var label = document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]');
            if (label) label.addEventListener('click', function () { editor.focus(); });
        }
        // onChange already keeps the value; this covers a post made before the last change event.
        if (textarea.form)
            textarea.form.addEventListener('submit', function () { sync(editor); });

        editors.set(textarea, { editor: editor, wrapper: wrapper });
    }

    // ---- media inputs -----------------------------------------------------------------------

    // The companion field (e.g. [data-media-alt]) of a media input: searched in the nearest
    // ancestor that holds no other media input, so one row never fills another row's field.
    function companion(input, selector) {
        for (var el = input.parentElement; el && el.tagName !== 'FORM'; el = el.parentElement) {
            if (el.querySelectorAll('[data-media-input]').length > 1)
                return null;
            var found = el.querySelector(selector);
            if (found) return found;
        }
        return null;
    }

    function looksLikeImage(url) {
        return /\.(jpe?g|png|gif|webp)(\?.*)?$/i.test(url);
    }

    function enhanceMediaInput(input) {
        var kind = input.closest('[data-media-attach]') ? 'document' : 'image';
        var rule = KINDS[kind];

        var picker = document.createElement('input');
        picker.type = 'file';
        picker.accept = rule.accept;
        picker.hidden = true;
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn media-upload';
        button.textContent = rule.button;
        var bar = document.createElement('span');
        bar.className = 'media-upload-bar';
        bar.append(button, picker);

        var preview = null;
        if (kind === 'image') {
            preview = document.createElement('img');
            preview.className = 'media-preview';
            preview.alt = '';
            bar.append(preview);
        }
        input.insertAdjacentElement('afterend', bar);
        var show = messageBox(bar);

        function refreshPreview() {
            if (!preview) return;
            var url = input.value.trim();
            preview.hidden = !(url && looksLikeImage(url));
            if (!preview.hidden) preview.src = url;
        }
        refreshPreview();
        input.addEventListener('change', refreshPreview);

        button.addEventListener('click', function () { picker.click(); });
        picker.addEventListener('change', async function () {
            var file = picker.files && picker.files[0];
            picker.value = ''; // choosing the same file again must fire change again
            if (!file) return;
            button.disabled = true;
            show('正在上传“' + file.name + '”……');
            try {
                var data = await upload(file, kind, input);
                input.value = data.url;
                input.dispatchEvent(new Event('change', { bubbles: true }));
                var alt = companion(input, '[data-media-alt]');
                if (alt && !alt.value.trim() && data.alt) alt.value = data.alt;
                // An attachment row's name field: the file's own name when left empty.
                if (kind === 'document') {
                    var row = input.closest('[data-media-attach]');
                    var nameInput = row.querySelector('[data-media-name]') ||
                        row.querySelector('input:not([data-media-input]):not([type="file"]):not([type="hidden"])');
                    if (nameInput && !nameInput.value.trim())
                        nameInput.value = (data.name || file.name).replace(/\.[^.]+$/, '');
                }
                show('已上传“' + file.name + '”。');
            } catch (err) {
                show(err.message, 'error');
            } finally {
                button.disabled = false;
            }
        });
        input.setAttribute('data-media-ready', '');
    }

    // ---- entry points -----------------------------------------------------------------------

    /** Enhances every rich-text textarea and media input inside root (default: the document) not yet enhanced. */
    function attach(root) {
        root = root || document;
        if (!window.wangEditor) {
            // The textareas stay usable as plain HTML fields; say why the toolbar is missing.
            console.error('portalRichText: wangEditor did not load; rich-text fields stay plain textareas.');
        } else {
            root.querySelectorAll('textarea[data-richtext]').forEach(function (textarea) {
                if (!editors.has(textarea)) createEditor(textarea);
            });
        }
        root.querySelectorAll('input[data-media-input]:not([data-media-ready])').forEach(enhanceMediaInput);
    }

    /** Destroys the editors inside root, e.g. before a row is removed. */
    function detach(root) {
        editors.forEach(function (entry, textarea) {
            if (root.contains(textarea)) {
                entry.editor.destroy();
                entry.wrapper.remove();
                textarea.hidden = false;
                editors.delete(textarea);
            }
        });
    }

    window.portalRichText = { attach: attach, detach: detach, upload: upload };

    if (window.wangEditor) {
        // zh-CN is the editor's default; follow the page when it says it is English.
        window.wangEditor.i18nChangeLanguage(/^en\b/i.test(document.documentElement.lang) ? 'en' : 'zh-CN');
    }
    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', function () { attach(document); });
    else
        attach(document);
})();
