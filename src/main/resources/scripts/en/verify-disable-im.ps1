[# th:insert="~{_header}" /]
#
# Read-only check that instant messaging is off on every front-end OWA virtual
# directory (P-3.8). Changes nothing.
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
# (Exchange 2010 Management Shell is PowerShell 2.0.)
[CmdletBinding()]
param(
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell provides the OWA cmdlets.
    if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Get-OwaVirtualDirectory was not found: run this script in the Exchange Management Shell.'
    }

    $directories = @(Get-OwaVirtualDirectory)
    if ($directories.Count -eq 0) {
        throw 'No OWA virtual directory was found.'
    }
    $stillOn = @($directories | Where-Object { $_.InstantMessagingEnabled })
    $directories | Format-Table -Property 'Identity', 'InstantMessagingEnabled', 'InstantMessagingType' -AutoSize | Out-String | Write-Host
    if ($stillOn.Count -gt 0) {
        throw ('Instant messaging is still on for: ' + (($stillOn | ForEach-Object { [string]$_.Identity }) -join ', '))
    }

    Write-Host 'SUCCESS: instant messaging is off on every front-end OWA virtual directory (P-3.8).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
