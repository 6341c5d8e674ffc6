package org.lyncowa.hardening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hostile corpus: hundreds of values aimed at PowerShell, HTML/JavaScript, HTTP headers,
 * file names and the parsers, plus huge, empty and odd Unicode values. Each is tried in every form
 * field, in an imported plan and through the API.
 */
final class HostileValues {

    private HostileValues() {
    }

    static List<String> all() {
        Set<String> values = new LinkedHashSet<>();
        // PowerShell: quotes of every kind, subexpressions, variables, escapes, statement breaks, here-strings, comments.
        List<String> powershell = List.of("'", "''", "'; Remove-Item -Recurse -Force C:\\ ; '", "$(Stop-Computer -Force)",
                "${env:COMPUTERNAME}", "$env:TEMP", "`$x`", "`r`n", "a`'b", "\u2018; Stop-Computer; \u2019",
                "\u201a\u201b", "\u201c$(calc)\u201d", "\"; Invoke-Expression 'calc'; \"", "@'", "'@", "@\"", "\"@",
                "#>", "<#", "# comment", "; exit 0", "| Out-Null", "& calc.exe", "&& whoami", "|| whoami",
                "-WhatIf:$false", "--%", "[System.IO.File]::Delete('C:\\x')", "@{Add='x'}", "$null", "$true",
                "Invoke-WebRequest http://example.invalid", "iex(New-Object Net.WebClient).DownloadString('x')");
        // HTML / JavaScript / template injection.
        List<String> html = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
                "</textarea><script>alert(1)</script>", "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>",
                "{{7*7}}", "[[${7*7}]]", "[(${7*7})]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::x",
                "${T(java.lang.System).exit(0)}", "*{7*7}", "#{7*7}", "&lt;b&gt;", "&#x3c;script&#x3e;", "<!--", "]]>",
                "<![CDATA[x]]>", "<style>*{display:none}</style>", "data:text/html,<script>alert(1)</script>");
        // HTTP headers and file names.
        List<String> headers = List.of("a\r\nSet-Cookie: injected=1", "a\nLocation: http://evil.invalid", "%0d%0aX-Injected: 1",
                "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Windows\\System32",
                "con", "nul.txt", "a/b", "a\\b", "file.zip\"; filename=\"evil.exe", "x.ps1", ".hidden", "~", "*", "?");
        // Unicode: confusables, bidi, invisible, Korean, emoji, combining marks, surrogates.
        List<String> unicode = List.of("аtl-owa-001.litwareinc.com", "ａｔｌ．ｃｏｍ", "atl\u200b-owa.litwareinc.com",
                "\u202eexe.ps1", "\u200f\u200e", "\u2066x\u2069", "\ufeff", "리트웨어 애틀랜타", "정책 ‘영업’", "😀🚀",
                "e\u0301\u0301\u0301", "\u00a0\u00a0", "\u3000", "\u2028", "\u2029", "\u0085", "\ud800", "\udfff",
                "I\u0307", "ß", "İstanbul");
        // Control characters and odd whitespace.
        List<String> control = List.of("\u0000", "a\u0000b", "\u0001\u0002\u0003", "\u001b[31mred", "\u007f", "\t", "\r",
                "\n", "\r\n", " ", "", "   \t  ");
        // Wrong types and numbers.
        List<String> numbers = List.of("-1", "0", "65536", "99999999999999999999", "1e3", "0x1F", "NaN", "Infinity",
                "5199.0", "+5199", " 5199 ", "٥١٩٩", "true", "false", "null", "[]", "{}", "EXCHANGE_2013 ", "exchange_2013",
                "ENABLE;DISABLE", "DEFAULT\nALL");
        values.addAll(powershell);
        values.addAll(html);
        values.addAll(headers);
        values.addAll(unicode);
        values.addAll(control);
        values.addAll(numbers);
        // Hostile tails on otherwise good-looking values, and huge values.
        List<String> tails = new ArrayList<>(values);
        for (String tail : tails) {
            values.add("atl-owa-001.litwareinc.com" + tail);
        }
        values.add("x".repeat(121));
        values.add("a".repeat(10_000));
        values.add("<script>".repeat(2_000));
        values.add("'".repeat(5_000));
        values.add("a.".repeat(200) + "com");
        return List.copyOf(values);
    }
}
