[# th:insert="~{_header}" /]
#
# Read-only checks of the integration ([(${ex2010 ? 'P-7.7' : 'P-5.5'})]). Changes nothing. Run it once per part:
#   -Part Exchange           in the Exchange Management Shell on an Exchange server
[# th:if="${!ex2010}"]#   -Part MailboxServer      in Windows PowerShell (administrator) on each Mailbox server
[/][# th:if="${ex2010}"]#   -Part ClientAccessServer in Windows PowerShell (administrator) on each Client Access server
[/]#   -Part Lync               in the Lync Server Management Shell on a Lync front-end server
# Then sign in to OWA: the presence icon next to your name shows success (P-5.1).
[# th:if="${!ex2010}"]# After that first sign-in, event 112 from MSExchange OWA is logged on the Mailbox server (P-5.2).
[/][# th:if="${ex2010}"]# Event 112 is documented for Exchange 2013 only; it is not checked on Exchange 2010 (P-7.7).
[/]#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding()]
param(
    # Which checks to run, depending on where the script runs (see above).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', [# th:if="${ex2010}"]'ClientAccessServer'[/][# th:if="${!ex2010}"]'MailboxServer'[/], 'Lync')]
    [string]$Part,
    # Optional: a user's SIP address to check on Lync (enabled, SIP address; P-4.3).
    [string]$TestUser = '',
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
$ImServerName = [(${q.imServerName})]
$CertificateThumbprint = [(${q.thumbprint})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]
$PolicyScope = [(${q.policyScope})]
$PolicyNames = [(${q.policies})]
[# th:if="${createsPool}"]$OwaPoolFqdn = [(${q.owaPoolFqdn})]
$ApplicationId = [(${q.applicationId})]
$Port = [(${port})]
$SiteId = [(${q.siteId})]
[/]
$problems = New-Object System.Collections.ArrayList

function Test-Check([bool]$Ok, [string]$What) {
    if ($Ok) {
        Write-Host ('OK      ' + $What)
    }
    else {
        Write-Host ('PROBLEM ' + $What)
        [void]$problems.Add($What)
    }
}

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    if ($Part -eq 'Exchange') {
        # Right shell: the Exchange Management Shell.
        if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw 'Get-OwaVirtualDirectory was not found: run -Part Exchange in the Exchange Management Shell.'
        }
[# th:if="${!ex2010}"]        # P-3.1: front-end OWA virtual directories.
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server) }
        }
        else {
            $directories = @(Get-OwaVirtualDirectory)
        }
        Test-Check ($directories.Count -gt 0) 'front-end OWA virtual directories found (P-3.1)'
        foreach ($directory in $directories) {
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([string]$directory.Identity + ': IM enabled, type OCS (P-3.1)')
        }
        # P-3.4: the certificate on each Mailbox server.
        foreach ($server in $MailboxServers) {
            $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $CertificateThumbprint -ErrorAction SilentlyContinue
            Test-Check ([bool]$certificate) ($server + ': certificate ' + $CertificateThumbprint + ' exists (P-3.4)')
            if ($certificate) {
                Test-Check $certificate.HasPrivateKey ($server + ': certificate has a private key (P-3.4)')
                Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) ($server + ': certificate is within its dates (P-3.4)')
                Write-Host ('        domains: ' + (($certificate.CertificateDomains | ForEach-Object { [string]$_ }) -join ', '))
            }
        }
[/][# th:if="${ex2010}"]        # P-7.4: the OWA directory of each Client Access server.
        foreach ($server in $ClientAccessServers) {
            $identity = $server.Split('.')[0] + '\owa (Default Web Site)'
            $directory = Get-OwaVirtualDirectory -Identity $identity
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ($identity + ': IM enabled, type OCS (P-7.4)')
            Test-Check ([string]$directory.InstantMessagingServerName -eq $ImServerName) ($identity + ': InstantMessagingServerName is ' + $ImServerName + ' (P-7.4)')
            Test-Check ([string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint) ($identity + ': InstantMessagingCertificateThumbprint is ' + $CertificateThumbprint + ' (P-7.4)')
        }
[/]        # P-4: mailbox policies.
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([string]$policy.Identity + ': mailbox policy allows OCS IM (P-4)')
        }
    }
[# th:if="${!ex2010}"]    elseif ($Part -eq 'MailboxServer') {
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw 'ExchangeInstallPath is not set: run -Part MailboxServer on an Exchange 2013 Mailbox server.'
        }
        # P-1.4: UCMA 4.0 runtime.
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ('UCMA 4.0: ImplementationDLLPath points to an existing file: ' + $dllPath + ' (P-1.4)')
        # P-3.2: web.config keys against the plan.
        $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
        $document = New-Object System.Xml.XmlDocument
        $document.Load($webConfigPath)
        $settings = @($document.SelectNodes('/configuration/appSettings/add'))
        foreach ($pair in @(@('IMCertificateThumbprint', $CertificateThumbprint), @('IMServerName', $ImServerName))) {
            $found = @($settings | Where-Object { $_.GetAttribute('key') -eq $pair[0] })
            Test-Check ($found.Count -eq 1 -and $found[0].GetAttribute('value') -eq $pair[1]) ('web.config ' + $pair[0] + ' = ' + $pair[1] + ' (P-3.2; re-run the web.config script after every CU, P-3.6)')
        }
        # P-3.4: the certificate in the local store.
        $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
        Test-Check ([bool]$certificate) ('certificate ' + $CertificateThumbprint + ' in Cert:\LocalMachine\My (P-3.4)')
        if ($certificate) {
            Test-Check $certificate.HasPrivateKey 'certificate has a private key (P-3.4)'
            Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) 'certificate is within its dates (P-3.4)'
        }
        # P-5.3: the IM log folder appears once OWA has tried to connect.
        $logFolder = Join-Path $installPath 'Logging\OWA\InstantMessaging'
        Test-Check (Test-Path -LiteralPath $logFolder) ('IM log folder exists: ' + $logFolder + ' (P-5.3; sign in to OWA first)')
        # P-5.2, P-5.3: event 112 and the known failure events of MSExchange OWA.
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50 -ErrorAction SilentlyContinue)
        Test-Check (@($events | Where-Object { $_.Id -eq 112 }).Count -gt 0) 'event 112 (IM endpoint manager initialised) after an OWA sign-in (P-5.2)'
        foreach ($failure in @($events | Where-Object { $_.Id -ne 112 } | Select-Object -First 10)) {
            Write-Warning ('MSExchange OWA event ' + $failure.Id + ' at ' + $failure.TimeCreated + ' (P-5.3: hint only): ' + $failure.Message)
        }
    }
[/][# th:if="${ex2010}"]    elseif ($Part -eq 'ClientAccessServer') {
        # P-7.1: the OCS 2007 R2 Web Service Provider is registered and present.
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw 'ExchangeInstallPath is not set: run -Part ClientAccessServer on an Exchange 2010 Client Access server.'
        }
        $expected = Join-Path $installPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and $imKey.ImplementationDLLPath) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -eq $expected) ('ImplementationDLLPath is ' + $expected + ' (P-7.1)')
        Test-Check (Test-Path -LiteralPath $expected -PathType Leaf) ($expected + ' exists (P-7.1)')
    }
[/]    else {
        # Right shell: the Lync Server Management Shell.
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsTrustedApplicationPool was not found: run -Part Lync in the Lync Server Management Shell.'
        }
[# th:if="${createsPool}"]        # P-2.3 to P-2.7 (2010: P-7.3).
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        Test-Check ([bool]$pool) ('trusted application pool ' + $OwaPoolFqdn + ' exists (P-2.3)')
        if ($pool) {
            Test-Check ([string]$pool.Registrar -like ('*' + $ImServerName)) ('its registrar is ' + $ImServerName + ' (P-2.5, P-3.3)')
            # P-2.6: the pool names its site by Identity (site:Redmond); the plan holds the SiteId.
            $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }
            Test-Check ([bool]$site -and [string]$pool.Site -eq [string]$site.Identity) ('its site has SiteId ' + $SiteId + ' (P-2.6)')
        }
        $application = Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn -and $_.ApplicationId -like ('*' + $ApplicationId) }
        Test-Check ([bool]$application) ('trusted application ' + $ApplicationId + ' exists in the pool (P-2.7)')
        if ($application) {
            Test-Check ($application.Port -eq $Port) ('it listens on port ' + $Port + ' (P-2.7)')
        }
[/][# th:if="${!createsPool}"]        # P-2.1, P-2.2: with co-located UM no trusted application pool may hold an Exchange server.
        $exchangeServers = @($MailboxServers + $ClientAccessServers)
        $manual = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue | Where-Object { $exchangeServers -contains (([string]$_.Identity) -replace '^[^:]*:', '').ToLowerInvariant() })
        Test-Check ($manual.Count -eq 0) 'no trusted application pool was created by hand for an autodiscovered Exchange server (P-2.2)'
[/]        if ($TestUser) {
            # P-4.3: the user is enabled for Lync and has a SIP address.
            $user = Get-CsUser -Identity $TestUser -ErrorAction SilentlyContinue
            Test-Check ([bool]$user -and $user.Enabled) ($TestUser + ' is enabled for Lync Server (P-4.3)')
            if ($user) {
                Write-Host ('        SIP address: ' + $user.SipAddress + ' (must also be a SIP: proxy address of the mailbox, P-4.3)')
            }
        }
    }

    if ($problems.Count -eq 0) {
        Write-Host ('SUCCESS: every ' + $Part + ' check passed.')
        $exitCode = 0
    }
    else {
        Write-Host ('FAILURE: ' + $problems.Count + ' ' + $Part + ' check(s) failed: ' + ($problems -join '; '))
    }
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
