[# th:insert="~{_header}" /]
#
# P-3.2 to P-3.7: on THIS Exchange 2013 Mailbox (back-end) server, sets the two keys
#   <add key="IMCertificateThumbprint" value="<thumbprint>"/>
#   <add key="IMServerName" value="<Lync pool FQDN>"/>
# under <appSettings> of <ExchangeInstallPath>\ClientAccess\Owa\web.config, then recycles
# MSExchangeOWAAppPool. Run it on each Mailbox server of the plan, in Windows PowerShell
# started as administrator.
# P-3.3: IMServerName is the Lync Server pool that hosts the trusted application pool for
# OWA (the -Registrar pool), not the OWA pool.
# P-3.5: web.config is backed up (timestamped copy next to it) before any write, parsed as
# XML, keys are matched case-insensitively (duplicates differing only by case are removed),
# and the file is written only when something changed.
# P-3.6: Exchange 2013 cumulative updates overwrite web.config: re-run this script after
# every CU; when the values are already right it changes nothing.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # The FQDN this server has in the plan; defaults to this computer's DNS name.
    [string]$ComputerFqdn = '',
    # Recycle MSExchangeOWAAppPool even when web.config was already right
    # (e.g. a previous run changed the file but the recycle failed).
    [switch]$ForceRecycle,
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
$MailboxServers = [(${q.mailboxServers})]
# P-3.4: 40 hex digits, upper-case
$CertificateThumbprint = [(${q.thumbprint})]
# P-3.3
$ImServerName = [(${q.imServerName})]

$AppPoolName = 'MSExchangeOWAAppPool'
$WantedKeys = [ordered]@{
    'IMCertificateThumbprint' = $CertificateThumbprint
    'IMServerName'            = $ImServerName
}

# Writes a new <add> element after the last one, with the same indentation.
function Add-AppSetting([System.Xml.XmlElement]$AppSettings, [string]$Key, [string]$Value) {
    $document = $AppSettings.OwnerDocument
    $element = $document.CreateElement('add')
    $element.SetAttribute('key', $Key)
    $element.SetAttribute('value', $Value)
    $last = $AppSettings.SelectNodes('add') | Select-Object -Last 1
    if ($last) {
        $indent = $last.PreviousSibling
        $reference = $last
        if ($indent -and $indent.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
            $reference = $AppSettings.InsertAfter($document.CreateWhitespace($indent.Value), $last)
        }
        [void]$AppSettings.InsertAfter($element, $reference)
    }
    else {
        [void]$AppSettings.AppendChild($element)
    }
}

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: Windows PowerShell started as administrator (web.config and appcmd need it).
    # Checked here rather than with #Requires -RunAsAdministrator, which PowerShell 3.0 lacks.
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw 'This script must run in Windows PowerShell started as administrator (Run as administrator).'
    }

    # Right kind of server: Exchange 2013 with the Mailbox role (P-3.2).
    $installPath = $env:ExchangeInstallPath
    if (-not $installPath) {
        $setup = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Setup' -ErrorAction SilentlyContinue
        if ($setup) {
            $installPath = $setup.MsiInstallPath
        }
    }
    if (-not $installPath) {
        throw 'Exchange Server 2013 is not installed on this computer (no ExchangeInstallPath).'
    }
    if (-not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
        throw 'This computer is not an Exchange 2013 Mailbox server: run the script on each Mailbox server of the plan.'
    }
    $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
    if (-not (Test-Path -LiteralPath $webConfigPath -PathType Leaf)) {
        throw ('OWA web.config was not found: ' + $webConfigPath)
    }
    $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
    if (-not (Test-Path -LiteralPath $appcmd -PathType Leaf)) {
        throw ('appcmd.exe was not found: ' + $appcmd)
    }

    # Right server of the plan.
    if (-not $ComputerFqdn) {
        $ComputerFqdn = [System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName
    }
    $ComputerFqdn = $ComputerFqdn.ToLowerInvariant()
    if ($MailboxServers -notcontains $ComputerFqdn) {
        throw ('This computer (' + $ComputerFqdn + ') is not one of the plan''s Mailbox servers: ' + ($MailboxServers -join ', ') + '. Use -ComputerFqdn if its name in the plan differs.')
    }

    # P-1.4: UCMA 4.0 runtime registered and present.
    $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
    $dllPath = $null
    if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
        $dllPath = [string]$imKey.ImplementationDLLPath
    }
    if (-not $dllPath -or -not (Test-Path -LiteralPath $dllPath -PathType Leaf)) {
        throw 'UCMA 4.0 runtime missing: ImplementationDLLPath under HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging does not point to an existing Microsoft.Rtc.Internal.Ucweb.dll. Install the UCMA 4.0 runtime first (P-1.4).'
    }

    # P-3.4: the certificate should be here, with a private key, within its dates, not a wildcard.
    $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
    if (-not $certificate) {
        Write-Warning ('No certificate with thumbprint ' + $CertificateThumbprint + ' in Cert:\LocalMachine\My of this server (P-3.4).')
    }
    else {
        if (-not $certificate.HasPrivateKey) {
            Write-Warning 'The certificate has no private key (P-3.4).'
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            Write-Warning ('The certificate is outside its validity dates ' + $certificate.NotBefore + ' - ' + $certificate.NotAfter + ' (P-3.4).')
        }
        if ($certificate.Subject -like '*CN=`**') {
            Write-Warning 'The certificate is a wildcard certificate; these are known to break Exchange-Lync trust (P-3.4).'
        }
    }

    # P-3.5: parse web.config as XML, keeping its layout.
    $document = New-Object System.Xml.XmlDocument
    $document.PreserveWhitespace = $true
    $document.Load($webConfigPath)
    $appSettings = $document.SelectSingleNode('/configuration/appSettings')
    if (-not $appSettings) {
        throw ('web.config has no <appSettings> element: ' + $webConfigPath)
    }

    $changes = @()
    foreach ($key in $WantedKeys.Keys) {
        $value = $WantedKeys[$key]
        # -eq on strings ignores case in PowerShell: that is the case-insensitive key match.
        $found = @($appSettings.SelectNodes('add') | Where-Object { $_.GetAttribute('key') -eq $key })
        if ($found.Count -eq 0) {
            Add-AppSetting -AppSettings $appSettings -Key $key -Value $value
            $changes += ('added ' + $key)
            continue
        }
        $first = $found[0]
        if ($first.GetAttribute('key') -cne $key -or $first.GetAttribute('value') -cne $value) {
            $first.SetAttribute('key', $key)
            $first.SetAttribute('value', $value)
            $changes += ('updated ' + $key)
        }
        foreach ($duplicate in ($found | Select-Object -Skip 1)) {
            $before = $duplicate.PreviousSibling
            if ($before -and $before.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
                [void]$appSettings.RemoveChild($before)
            }
            [void]$appSettings.RemoveChild($duplicate)
            $changes += ('removed duplicate ' + $key)
        }
    }

    $written = $false
    if ($changes.Count -eq 0) {
        Write-Host ('web.config already has the right values: ' + $webConfigPath)
    }
    elseif ($PSCmdlet.ShouldProcess($webConfigPath, 'Back up and write web.config: ' + ($changes -join ', ') + ' (P-3.2, P-3.5)')) {
        $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
        Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
        Write-Host ('Backup: ' + $backupPath)
        $document.Save($webConfigPath)
        Write-Host ('web.config written: ' + ($changes -join ', '))
        $written = $true
    }

    # P-3.7: recycle the OWA application pool so it reads the new keys.
    if (($written -or $ForceRecycle) -and $PSCmdlet.ShouldProcess($AppPoolName, 'appcmd recycle apppool (P-3.7)')) {
        $output = & $appcmd recycle apppool ('/apppool.name:' + $AppPoolName) 2>&1 | Out-String
        Write-Host $output.Trim()
        if ($output -notmatch '"MSExchangeOWAAppPool" successfully recycled') {
            throw ('Recycling ' + $AppPoolName + ' did not report success (P-3.7).')
        }
    }

    Write-Host ('SUCCESS: OWA web.config on ' + $ComputerFqdn + ' has IMCertificateThumbprint and IMServerName from the plan (P-3.2).')
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
